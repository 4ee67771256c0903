"""Foundations every layer may use and that know nothing of the aids: French error classes, months, French number formatting, file writing."""
