"""Drawings on a reportlab canvas shared by the PDF tests of both backends (page height ``H``)."""
H = 400


def clipped(c):
    """"Inside" within a clipping rectangle, "Cut" outside it."""
    c.saveState()
    p = c.beginPath()
    p.rect(10, H - 60, 100, 30)
    c.clipPath(p, stroke=0, fill=0)
    c.drawString(20, H - 50, "Inside")
    c.drawString(20, H - 150, "Cut")
    c.restoreState()


def clipped_tiny_clear(c):
    """:func:`clipped`, then "Small" in 1 pt and "Clear" fully transparent: only "Inside" shows."""
    clipped(c)
    c.setFont("Helvetica", 1)
    c.drawString(20, H - 200, "Small")
    c.setFont("Helvetica", 10)
    c.setFillAlpha(0)
    c.drawString(20, H - 250, "Clear")
