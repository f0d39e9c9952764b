using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GseFunctions.Api.Tests.Durable;

/// <summary>Checks of the Durable extension's status shape.</summary>
internal static partial class DurableStatusAssert
{
    /// <summary>The members of a status, in the Durable extension's order (historyEvents only when asked for).</summary>
    public static readonly string[] Members = ["name", "instanceId", "runtimeStatus", "input", "customStatus", "output", "createdTime", "lastUpdatedTime"];

    public static void IsStatus(JsonElement status, string instanceId, string name, string runtimeStatus, bool withHistory = false)
    {
        var members = status.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(withHistory ? [.. Members, "historyEvents"] : Members, members);
        Assert.Equal(instanceId, status.GetProperty("instanceId").GetString());
        Assert.Equal(name, status.GetProperty("name").GetString());
        Assert.Equal(runtimeStatus, status.GetProperty("runtimeStatus").GetString());
        Assert.Matches(Time(), status.GetProperty("createdTime").GetString());
        Assert.Matches(Time(), status.GetProperty("lastUpdatedTime").GetString());
    }

    /// <summary>A 202 of the status API: <c>Location</c> = the request's URL, <c>Retry-After: 5</c>.</summary>
    public static void IsRunningAnswer(HttpResponseMessage response, string requestUri)
    {
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(requestUri, response.Headers.Location?.OriginalString);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
    }

    /// <summary>A final answer of the status API: no <c>Location</c>, no <c>Retry-After</c>.</summary>
    public static void IsFinalAnswer(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Null(response.Headers.RetryAfter);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")]
    private static partial Regex Time();
}
