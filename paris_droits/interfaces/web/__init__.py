"""The web application (Flask): the hardened JSON API, standard OpenFisca routes plus POST /evaluer."""
