; Inno Setup script: wraps dist\workbench-<id>-<version>\ into one setup.exe per department.
;
;   iscc /DDepartment=example-finance /DVersion=0.1.0 ^
;        /DDisplayName="示例市财政局 · 政务公开保密审查" packaging\windows\workbench.iss
;
; Produces dist\workbench-<id>-<version>-setup.exe. Installs per machine into
; Program Files\Workbench-<id>\; the user's database and settings live in %LOCALAPPDATA% and
; are never touched by install, upgrade or uninstall. AppId is stable per department, so a
; newer setup.exe of the same department upgrades in place.

#ifndef Department
  #error Pass /DDepartment=<profile id>
#endif
#ifndef Version
  #error Pass /DVersion=<version>
#endif
#ifndef DisplayName
  #define DisplayName "政务公开保密审查工作台"
#endif
#define BundleDir "..\..\dist\workbench-" + Department + "-" + Version

[Setup]
AppId={{workbench-{#Department}}
AppName={#DisplayName}
AppVersion={#Version}
AppPublisher={#DisplayName}
DefaultDirName={autopf}\Workbench-{#Department}
DefaultGroupName={#DisplayName}
OutputDir=..\..\dist
OutputBaseFilename=workbench-{#Department}-{#Version}-setup
SetupIconFile=..\..\resources\icons\workbench.ico
UninstallDisplayIcon={app}\workbench.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#DisplayName}"; Filename: "{app}\workbench.exe"
Name: "{autodesktop}\{#DisplayName}"; Filename: "{app}\workbench.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
; Check the installation once; the report is kept next to the program for IT staff.
Filename: "{cmd}"; Parameters: "/C """"{app}\workbench-cli.exe"" --self-test > ""{app}\self-test.txt"" 2>&1"""; Flags: runhidden; StatusMsg: "Checking the installation..."
Filename: "{app}\workbench.exe"; Description: "{cm:LaunchProgram,{#DisplayName}}"; Flags: nowait postinstall skipifsilent
