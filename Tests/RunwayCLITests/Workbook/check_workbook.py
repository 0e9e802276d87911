"""Checks a Runway report's audit workbook against its result.json.

    python3 check_workbook.py REPORT_FOLDER

1. openpyxl, a strict reader, loads report.xlsx: every sheet is there,
   the Summary and Flows sheets hold live formulas, and no text would read
   as a formula once copied out (it is neutralised as in the CSVs; only
   Runway's own sentences may open on a negative figure).
2. LibreOffice (headless) opens the workbook, recalculates every formula
   (the file stores none of their results) and saves a copy.
3. Each recalculated figure is compared with Runway's own, to a relative
   1e-9 (and the Assumptions, Distribution and Provenance sheets with
   result.json's inputs, percentiles, histogram, seed and paths): every bridge line and headline figure on Summary, every
   component's NPV and rNPV on Flows (by sum and by XNPV where shown), and
   every flow's factor and present value, recomputed here as
   amount * (1 + rate) ** -(days / 365), with its rate as the
   spreadsheet computed it (read from Assumptions where stated there).

Prints what it checked and exits 0, or lists every difference and exits 1.
"""

import datetime
import json
import os
import subprocess
import sys
import tempfile

import openpyxl

TOLERANCE = 1e-9
SHEETS = ["Summary", "Flows", "Assumptions", "Distribution", "Provenance"]


def close(value, expected):
    if not isinstance(value, (int, float)):
        return False
    return abs(value - expected) <= TOLERANCE * max(abs(expected), 1.0)


def recalculated(workbook_path, folder):
    profile = os.path.join(folder, "profile")
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--calc",
         "--convert-to", "xlsx", "--outdir", os.path.join(folder, "out"), workbook_path],
        check=True, capture_output=True, timeout=300)
    return openpyxl.load_workbook(
        os.path.join(folder, "out", os.path.basename(workbook_path)), data_only=True)


def serial(value):
    """A spreadsheet date serial from what openpyxl reads back."""
    if isinstance(value, datetime.datetime):
        delta = value - datetime.datetime(1899, 12, 30)
        return delta.days + delta.seconds / 86400
    return value


def main(folder):
    result = json.load(open(os.path.join(folder, "result.json")))
    path = os.path.join(folder, "report.xlsx")
    problems = []
    checked = 0
    by_xnpv = 0

    formulas = openpyxl.load_workbook(path)
    if formulas.sheetnames != SHEETS:
        problems.append(f"sheets are {formulas.sheetnames}, not {SHEETS}")
    for name in ["Summary", "Flows"]:
        count = sum(
            1 for row in formulas[name].iter_rows() for cell in row if cell.data_type == "f")
        if count == 0:
            problems.append(f"{name} has no formula")
    for sheet in formulas.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type != "s":
                    continue
                # Runway's own sentences (wrapped) may open on a negative
                # figure; any other text opens on neither sign.
                openers = ("=", "+", "@", "\t", "\r")
                if not cell.alignment.wrap_text:
                    openers += ("-",)
                if cell.value[:1] in openers:
                    problems.append(f"{sheet.title}!{cell.coordinate} reads as a formula: {cell.value!r}")

    # The flows' rates: how many are read from Assumptions by formula.
    flow_cells = list(formulas["Flows"].iter_rows())
    flow_header = next(index for index, row in enumerate(flow_cells)
                       if (row[0].value, row[1].value) == ("Component", "Case"))
    rate_cells = [row[5] for row in flow_cells[flow_header + 1:] if row[0].value is not None]
    linked = sum(1 for cell in rate_cells if cell.data_type == "f")

    with tempfile.TemporaryDirectory() as scratch:
        values = recalculated(path, scratch)

    def expect(label, value, expected):
        nonlocal checked
        checked += 1
        if not close(value, expected):
            problems.append(f"{label}: the workbook computes {value}, Runway says {expected}")

    # Summary: the bridge, in the result's order, then the headline figures.
    summary = [row for row in values["Summary"].iter_rows(values_only=True)]
    labels = {row[0]: row[1] for row in summary if row[0] is not None}
    for line in result["bridge"]["lines"]:
        expect(f"Summary, {line['label']}", labels.get(line["label"]), line["rnpv"])
    monte_carlo = result["monteCarlo"]
    for label, expected in [
        ("NPV (unrisked: every phase succeeds)", result["npv"]),
        ("rNPV (analytic)", result["rnpv"]),
        ("Monte Carlo mean", monte_carlo["mean"]),
        ("Standard error of the mean", monte_carlo["standardError"]),
        ("P10", monte_carlo["percentiles"]["p10"]),
        ("P50", monte_carlo["percentiles"]["p50"]),
        ("P90", monte_carlo["percentiles"]["p90"]),
        ("Probability of a loss", monte_carlo["probabilityNegative"]),
        ("Mean of the worst 5 % of paths", monte_carlo["tailMean5"]),
    ] + ([
        ("Portfolio NPV (unrisked)", result["portfolio"]["npv"]),
        ("Portfolio rNPV (analytic)", result["portfolio"]["rnpv"]),
    ] if "portfolio" in result else []):
        expect(f"Summary, {label}", labels.get(label), expected)

    # Flows: the components' table, then every flow.
    flows = values["Flows"]
    valuation_date = serial(flows["B1"].value)
    components = {component["id"]: component for component in result["components"]}
    every_row = list(flows.iter_rows(values_only=True))
    header = next(index for index, row in enumerate(every_row) if row[:2] == ("Component", "Section"))
    rows = every_row[header + 1:]
    for index, component in enumerate(result["components"]):
        row = rows[index]
        if row[0] != component["id"]:
            problems.append(f"Flows row {header + index + 2} is {row[0]}, not {component['id']}")
            continue
        expect(f"Flows, {row[0]} NPV", row[3], component["npv"])
        expect(f"Flows, {row[0]} rNPV", row[4], component["rnpv"])
        for column, key in [(5, "npv"), (6, "rnpv")]:
            if row[column] is not None:
                by_xnpv += 1
                expect(f"Flows, {row[0]} {key} by XNPV", row[column], component[key])
    total = rows[len(result["components"])]
    portfolio = result.get("portfolio", result)
    expect("Flows, total NPV", total[3], portfolio["npv"])
    expect("Flows, total rNPV", total[4], portfolio["rnpv"])
    flow_rows = rows[len(result["components"]) + 3:]
    sums = {}
    for row in flow_rows:
        component, case, date, days, amount, rate, factor, present = row[:8]
        days_expected = serial(date) - valuation_date
        expect(f"Flows, {component} {case} days", days, days_expected)
        factor_expected = (1 + rate) ** -(days_expected / 365)
        expect(f"Flows, {component} {case} factor", factor, factor_expected)
        expect(f"Flows, {component} {case} present value", present, amount * factor_expected)
        key = (component, case)
        sums[key] = sums.get(key, 0.0) + amount * factor_expected
    # The flows recomputed here, summed, give Runway's figures too.
    for (component, case), total in sums.items():
        expected = components[component]["npv" if case == "unrisked" else "rnpv"]
        expect(f"Flows, {component} {case}, recomputed", total, expected)

    # Assumptions: every input of result.json, by its --set path, with its
    # mean as a number.
    assumptions = {row[1]: row for row in values["Assumptions"].iter_rows(min_row=2, values_only=True)}
    for assumption in result["assumptions"]:
        row = assumptions.get(assumption["path"])
        if row is None:
            problems.append(f"Assumptions has no row for {assumption['path']}")
        elif assumption.get("mean") is not None:
            expect(f"Assumptions, {assumption['path']} mean", row[4], assumption["mean"])

    # Distribution: the percentiles and the histogram's counts.
    distribution_rows = list(values["Distribution"].iter_rows(values_only=True))
    level = next(index for index, row in enumerate(distribution_rows)
                 if isinstance(row[0], str) and row[0].startswith("Percentile"))
    for offset, quantile in enumerate(result["distribution"]["quantiles"]):
        expect(f"Distribution, P{offset}", distribution_rows[level + 1 + offset][1], quantile)
    histogram = result["distribution"]["histogram"]
    start = next(index for index, row in enumerate(distribution_rows)
                 if row[0] == "Histogram: from")
    counts = [row[2] for row in distribution_rows[start + 1:start + 1 + len(histogram["counts"])]]
    if counts != histogram["counts"]:
        problems.append("Distribution's histogram counts differ from result.json's")

    # Provenance: the seed (as text, whole) and the paths (a number).
    provenance = {row[0]: row[1] for row in values["Provenance"].iter_rows(values_only=True)}
    if provenance.get("Seed") != str(result["seed"]) or provenance.get("Paths") != result["paths"]:
        problems.append(f"Provenance says seed {provenance.get('Seed')}, paths {provenance.get('Paths')}")

    # Distribution: the listed paths are the headline's; when every path
    # is listed, their mean is the Monte Carlo mean.
    distribution = list(values["Distribution"].iter_rows(values_only=True))
    start = next(index for index, row in enumerate(distribution)
                 if isinstance(row[0], str) and row[0].startswith("The first "))
    listed = [row[1] for row in distribution[start + 1:] if row[1] is not None]
    if len(listed) != min(result["paths"], 10000):
        problems.append(f"Distribution lists {len(listed)} paths")
    elif len(listed) == result["paths"]:
        expect("Distribution, the listed paths' mean", sum(listed) / len(listed), monte_carlo["mean"])

    if problems:
        print("\n".join(problems))
        return 1
    print(f"checked {checked} figures ({by_xnpv} by XNPV; {linked} of {len(rate_cells)} rates "
          f"read from Assumptions): every one within {TOLERANCE} of Runway's")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
