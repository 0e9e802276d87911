"""Renders the top of one sheet of a report's workbook to PNG, as
LibreOffice computes and prints it: how the README's picture is made.

    python3 render_sheet.py REPORT_FOLDER SHEET LAST_CELL OUT.png
    python3 render_sheet.py reports/promethera-portfolio Flows J49 flows.png

Needs LibreOffice, poppler-utils (pdftoppm), openpyxl and Pillow.
"""

import os
import subprocess
import sys
import tempfile

import openpyxl
from PIL import Image, ImageChops


def main(folder, sheet, last_cell, out):
    with tempfile.TemporaryDirectory() as scratch:
        profile = f"-env:UserInstallation=file://{scratch}/profile"

        def soffice(*arguments):
            subprocess.run(["soffice", profile, "--headless", *arguments],
                           check=True, capture_output=True, timeout=300)

        # Recalculated first: the workbook stores no formula's result.
        soffice("--convert-to", "xlsx", "--outdir", f"{scratch}/calc",
                os.path.join(folder, "report.xlsx"))
        workbook = openpyxl.load_workbook(f"{scratch}/calc/report.xlsx")
        for other in workbook.worksheets:
            if other.title != sheet:
                other.sheet_state = "hidden"
        workbook.active = workbook.sheetnames.index(sheet)
        page = workbook[sheet]
        page.print_area = f"A1:{last_cell}"
        page.page_setup.orientation = "landscape"
        page.sheet_properties.pageSetUpPr.fitToPage = True
        page.page_setup.fitToWidth = 1
        page.page_setup.fitToHeight = 1
        workbook.save(f"{scratch}/sheet.xlsx")
        soffice("--convert-to", "pdf", "--outdir", scratch, f"{scratch}/sheet.xlsx")
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1",
                        f"{scratch}/sheet.pdf", f"{scratch}/page"], check=True)
        image = Image.open(f"{scratch}/page-1.png").convert("RGB")
        blank = Image.new("RGB", image.size, (255, 255, 255))
        left, top, right, bottom = ImageChops.difference(image, blank).getbbox()
        margin = 16
        image.crop((left - margin, top - margin, right + margin, bottom + margin)).save(
            out, optimize=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
