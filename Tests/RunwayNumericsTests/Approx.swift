/// Relative closeness with an absolute floor, for comparing computed
/// figures with published ones.
func isClose(_ computed: Double, _ expected: Double, relative: Double = 1e-12, absolute: Double = 0)
  -> Bool
{
  abs(computed - expected) <= max(absolute, relative * abs(expected))
}
