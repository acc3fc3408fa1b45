"""Text extraction: file bytes to one ExtractedText with an offset map back into the file."""
