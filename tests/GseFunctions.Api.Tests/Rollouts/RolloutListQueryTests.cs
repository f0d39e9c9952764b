using GseFunctions.Api.Problems;
using GseFunctions.Api.Rollouts;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Tests.Rollouts;

/// <summary>
/// The query of <c>GET /api/rollouts</c>: <c>aliasId</c> has the id shape, and <c>createdFrom</c>/<c>createdTo</c> lie
/// within 1970-01-01T00:00:00Z … 9999-12-30T23:59:59Z. The task hub reads a bound of 0001-01-01 (and DateTime's
/// maximum) as no bound, so <c>createdTo=0001-01-01T00:00:00Z</c> listed every rollout; such bounds are refused now.
/// </summary>
public sealed class RolloutListQueryTests
{
    [Theory]
    [InlineData("createdTo=0001-01-01T00:00:00Z", "createdTo")]
    [InlineData("createdFrom=0001-01-01T00:00:00Z", "createdFrom")]
    [InlineData("createdFrom=1969-12-31T23:59:59Z", "createdFrom")]
    [InlineData("createdTo=1969-12-31T23:59:59.9999999Z", "createdTo")]
    [InlineData("createdTo=1601-01-01T00:00:00Z", "createdTo")]
    [InlineData("createdTo=9999-12-31T00:00:00Z", "createdTo")]
    [InlineData("createdTo=9999-12-31T23:59:59.9999999Z", "createdTo")]
    [InlineData("createdFrom=9999-12-31T00:00:00Z", "createdFrom")]
    [InlineData("createdFrom=1970-01-01T01:00:00%2B02:00", "createdFrom")]
    [InlineData("createdFrom=2026-02-01T00:00:00Z&createdTo=2026-01-01T00:00:00Z", "createdTo")]
    [InlineData("aliasId=a%20b", "aliasId")]
    [InlineData("aliasId=%20x%20y%20", "aliasId")]
    [InlineData("aliasId=alias-1%00", "aliasId")]
    [InlineData("aliasId=alias%2F1", "aliasId")]
    [InlineData("aliasId=alias-%E2%91%A0", "aliasId")]
    public void Parse_OutOfRangeTimeOrBadAliasId_Throws400NamingTheParameter(string query, string field)
    {
        var problem = Assert.Throws<ApiProblemException>(() => RolloutListQuery.Parse(Request(query)));

        Assert.Equal(StatusCodes.Status400BadRequest, problem.Status);
        Assert.Equal([field], problem.Errors!.Keys);
    }

    [Fact]
    public void Parse_LongAliasId_Throws400NamingIt()
    {
        var problem = Assert.Throws<ApiProblemException>(() => RolloutListQuery.Parse(Request("aliasId=" + new string('a', 10_000))));

        Assert.Equal(["aliasId"], problem.Errors!.Keys);
    }

    [Fact]
    public void Parse_TimesAtTheBounds_ReadsThem()
    {
        var query = RolloutListQuery.Parse(Request("createdFrom=1970-01-01T00:00:00Z&createdTo=9999-12-30T23:59:59Z&aliasId=alias-1"));

        Assert.Equal(DateTimeOffset.UnixEpoch, query.CreatedFrom);
        Assert.Equal(new DateTimeOffset(9999, 12, 30, 23, 59, 59, TimeSpan.Zero), query.CreatedTo);
        Assert.Equal("alias-1", query.AliasId);
    }

    [Fact]
    public void Parse_SameFromAndTo_ReadsThem()
    {
        var query = RolloutListQuery.Parse(Request("createdFrom=1970-01-01T00:00:00Z&createdTo=1970-01-01T00:00:00Z"));

        Assert.Equal(query.CreatedFrom, query.CreatedTo);
    }

    private static HttpRequest Request(string query)
    {
        var http = new DefaultHttpContext();
        http.Request.QueryString = new QueryString("?" + query);
        return http.Request;
    }
}
