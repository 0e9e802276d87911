/// A small valid scenario that the tests extend or break one line at a time.
///
/// `settings` is lines 1–9 of a file and `program` follows it on
/// lines 10–23: the line numbers in assertions count on from there.
enum Fixtures {
  static let settings = """
    scenario:
      id: demo
      name: Demo
      valuationDate: 2016-01-01
      currency: EUR
      horizon: 2040
      discountRate: 12%
      fx:
        USD: 0.92

    """

  static let program = """
    programs:
      aclf:
        name: HepaStem in ACLF
        phases:
          - name: Phase 2
            start: 2016-Q2
            duration: 30 months
            cost: 12M
            successProbability: 30.7%
          - name: Phase 3
            duration: 2.5
            cost: USD 25M
            costCurve: s-curve
            successProbability: 58%

    """
}
