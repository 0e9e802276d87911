import RunwayReport
import Testing

struct AmountFormatTests {
  @Test func groupedUsesThousandsSeparatorsAndFixedDecimals() {
    #expect(AmountFormat.grouped(1_234_567.891) == "1,234,568")
    #expect(AmountFormat.grouped(1_234_567.891, decimals: 2) == "1,234,567.89")
    #expect(AmountFormat.grouped(-3_749.47, decimals: 2) == "-3,749.47")
    #expect(AmountFormat.grouped(999) == "999")
    #expect(AmountFormat.grouped(0.05, decimals: 1) == "0.1")
    #expect(AmountFormat.grouped(-0.4) == "0")  // no "-0"
    #expect(AmountFormat.grouped(1_000, decimals: 2) == "1,000.00")
  }

  /// The seed's figures as the source states them.
  @Test func compactReadsLikeAPressRelease() {
    #expect(AmountFormat.compact(19_500_000, symbol: "€") == "€19.5M")
    #expect(AmountFormat.compact(22_100_000, symbol: "€") == "€22.1M")
    #expect(AmountFormat.compact(1_200_000_000) == "1.2bn")
    #expect(AmountFormat.compact(750_000) == "750k")
    #expect(AmountFormat.compact(-3_749.47) == "-3.75k")
    #expect(AmountFormat.compact(950) == "950")
    #expect(AmountFormat.compact(999_999) == "1M")
    #expect(AmountFormat.compact(2_500_000) == "2.5M")
    #expect(AmountFormat.compact(0) == "0")
  }
}
