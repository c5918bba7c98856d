"""How things are printed: meeting -> document model (blocks) -> DOCX / PDF renderers."""
