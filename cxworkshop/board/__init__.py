"""The board canvas: scene, view, items and palette. Reads and edits only through WorkshopDocument."""
