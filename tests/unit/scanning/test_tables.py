"""Reading a pasted table: its heading rows and the cells of one column, row by row."""

from __future__ import annotations

from workbench.scanning.tables import column_cells, heading_rows

_TABLE = ("说明文字\n"
          "序号  姓名  家庭住址\t联系电话\n"
          "1  林阿水  渡头村四组\t6231457\n"
          "2  陈 芳  渡头村五组\t未留\n"
          "\n"
          "以上名单经村委会核实。\n")


def test_heading_rows_split_at_tabs_and_runs_of_blanks() -> None:
    rows = list(heading_rows(_TABLE, "姓名"))
    assert [heads for heads, _ in rows] == [["序号", "姓名", "家庭住址", "联系电话"]]


def test_a_column_is_read_until_the_table_ends() -> None:
    (heads, end), = heading_rows(_TABLE, "联系电话")
    cells = [_TABLE[s:e] for s, e in column_cells(_TABLE, end, 3, len(heads))]
    assert cells == ["6231457", "未留"]
    # A single blank inside a cell (a padded two-character name) does not split it.
    names = [_TABLE[s:e] for s, e in column_cells(_TABLE, end, 1, len(heads))]
    assert names == ["林阿水", "陈 芳"]


def test_a_line_with_fewer_than_three_cells_is_no_heading() -> None:
    assert list(heading_rows("姓名：林阿水\n", "姓名")) == []


def test_rows_of_one_enterprise_s_figures() -> None:
    from workbench.scanning.tables import enterprise_figure_rows

    text = ("企业名称\t从业人员\t营业收入\n"
            "北岭精工机械有限公司\t86\t4,120.5\t12.4%\n"
            "2\t南湾果蔬专业合作社\t14\t356\t-3.1%\n"
            "合计\t100\t4,476.5\t\n"
            "东山建材有限公司\t备注\t5\n")
    rows = [text[s:e] for s, e in enterprise_figure_rows(text)]
    assert rows == ["北岭精工机械有限公司\t86\t4,120.5\t12.4%",
                    "2\t南湾果蔬专业合作社\t14\t356\t-3.1%"]
