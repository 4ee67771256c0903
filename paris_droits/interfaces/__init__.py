"""The faces: the `paris-droits` command line (cli/) and the web application (web/); they parse input, call the library and present its output, and hold no rule."""
