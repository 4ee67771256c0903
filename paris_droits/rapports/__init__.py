"""What users read: text, Markdown, JSON and printable HTML renderings of an evaluation, a non-recourse estimate and a reform comparison, with their charts."""
