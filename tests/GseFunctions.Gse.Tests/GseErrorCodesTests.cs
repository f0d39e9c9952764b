namespace GseFunctions.Gse.Tests;

public sealed class GseErrorCodesTests
{
    [Theory]
    [InlineData("LimitExceeded", "LimitExceeded", true)] // the family itself
    [InlineData("LimitExceeded.FleetLimitExceeded", "LimitExceeded", true)] // a sub-code
    [InlineData("AuthFailure.SignatureFailure", "AuthFailure", true)]
    [InlineData("UnauthorizedOperation.ServiceNotOpened", "UnauthorizedOperation", true)]
    [InlineData("AuthFailure.UnauthorizedOperation", "UnauthorizedOperation", false)] // a sub-code of another family
    [InlineData("LimitExceededX", "LimitExceeded", false)] // shares the letters, not the family
    [InlineData("LimitExceeded.", "LimitExceeded", true)] // an empty detail is still below the dot
    [InlineData("Limit", "LimitExceeded", false)] // shorter than the family
    [InlineData("limitexceeded", "LimitExceeded", false)] // codes are case-sensitive
    [InlineData("InternalError", "LimitExceeded", false)]
    [InlineData("", "LimitExceeded", false)]
    public void IsInFamily_Code_MatchesFamilyOrDottedSubCode(string code, string family, bool expected) =>
        Assert.Equal(expected, GseErrorCodes.IsInFamily(code, family));

    [Fact]
    public void IsInFamily_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => GseErrorCodes.IsInFamily(null!, GseErrorCodes.LimitExceeded));
        Assert.Throws<ArgumentNullException>(() => GseErrorCodes.IsInFamily(GseErrorCodes.LimitExceeded, null!));
    }
}
