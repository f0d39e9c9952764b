using System.Net;
using System.Text.Json;
using GseFunctions.Testing;

namespace GseFunctions.Gse.Emulator.Tests.Wire;

/// <summary>The Tencent API 3.0 surface of the local GSE over real HTTP: authentication, envelope and parameter errors.</summary>
public sealed class WireProtocolTests : IAsyncLifetime
{
    private LocalGseServer _server = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _server = await LocalGseServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<JsonElement> SendAsync(HttpRequestMessage request)
    {
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var inner = document.RootElement.GetProperty("Response").Clone();
        Assert.False(string.IsNullOrEmpty(inner.GetProperty("RequestId").GetString()));
        return inner;
    }

    private static string? ErrorCode(JsonElement response) =>
        response.TryGetProperty("Error", out var error) ? error.GetProperty("Code").GetString() : null;

    private const string CreateAliasJson = """{"Name":"wire-test","RoutingStrategy":{"Type":"TERMINAL","Message":"closed"}}""";

    [Fact]
    public async Task Tc3_ValidSignature_RunsAction()
    {
        var response = await SendAsync(SignedRequests.Tc3(_server.Address, "CreateAlias", CreateAliasJson));

        Assert.Null(ErrorCode(response));
        Assert.StartsWith("alias-", response.GetProperty("Alias").GetProperty("AliasId").GetString(), StringComparison.Ordinal);
        Assert.Equal("TERMINAL", response.GetProperty("Alias").GetProperty("RoutingStrategy").GetProperty("Type").GetString());
    }

    [Fact]
    public async Task Tc3_HostSignedWithoutPort_IsAccepted()
    {
        var response = await SendAsync(SignedRequests.Tc3(_server.Address, "CreateAlias", CreateAliasJson, signedHost: _server.Address.Host));

        Assert.Null(ErrorCode(response));
    }

    [Fact]
    public async Task Tc3_ContentTypeWithCharset_IsAccepted()
    {
        var response = await SendAsync(SignedRequests.Tc3(_server.Address, "ListAliases", "{}", contentType: "application/json; charset=utf-8"));

        Assert.Null(ErrorCode(response));
    }

    [Fact]
    public async Task Tc3_WrongSecretKey_IsSignatureFailureAndChangesNothing()
    {
        var response = await SendAsync(SignedRequests.Tc3(_server.Address, "CreateAlias", CreateAliasJson, secretKey: "wrong"));

        Assert.Equal("AuthFailure.SignatureFailure", ErrorCode(response));
        var list = await SendAsync(SignedRequests.Tc3(_server.Address, "ListAliases", "{}"));
        Assert.Equal(0, list.GetProperty("TotalCount").GetInt32());
    }

    [Fact]
    public async Task Tc3_UnknownSecretId_IsSecretIdNotFound()
    {
        var response = await SendAsync(SignedRequests.Tc3(_server.Address, "ListAliases", "{}", secretId: "AKIDUnknown"));

        Assert.Equal("AuthFailure.SecretIdNotFound", ErrorCode(response));
    }

    // 30 s beyond the limit: a request that takes a second or two to arrive on a loaded machine is still out of range.
    [Theory]
    [InlineData(-330)]
    [InlineData(330)]
    public async Task Tc3_TimestampMoreThanFiveMinutesOff_IsSignatureExpire(int offsetSeconds)
    {
        var ts = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() + offsetSeconds;

        var response = await SendAsync(SignedRequests.Tc3(_server.Address, "ListAliases", "{}", timestamp: ts));

        Assert.Equal("AuthFailure.SignatureExpire", ErrorCode(response));
    }

    [Fact]
    public async Task Tc3_BodyChangedAfterSigning_IsSignatureFailure()
    {
        var request = SignedRequests.Tc3(_server.Address, "CreateAlias", CreateAliasJson);
        request.Content = new StringContent(CreateAliasJson.Replace("wire-test", "tampered", StringComparison.Ordinal), null, "application/json");

        var response = await SendAsync(request);

        Assert.Equal("AuthFailure.SignatureFailure", ErrorCode(response));
    }

    [Fact]
    public async Task Tc3_MalformedAuthorization_IsInvalidAuthorization()
    {
        var request = SignedRequests.Tc3(_server.Address, "ListAliases", "{}");
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", "TC3-HMAC-SHA256 Credential=only-this");

        var response = await SendAsync(request);

        Assert.Equal("AuthFailure.InvalidAuthorization", ErrorCode(response));
    }

    [Fact]
    public async Task Unsigned_JsonPost_IsRefused()
    {
        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, _server.Address) { Content = new StringContent("{}", null, "application/json") });

        Assert.Equal("AuthFailure.InvalidAuthorization", ErrorCode(response));
    }

    [Theory]
    [InlineData("NoSuchAction", "{}", "2019-11-12", "InvalidAction")]
    [InlineData("ListAliases", "{}", "2017-03-12", "NoSuchVersion")]
    [InlineData("DescribeAlias", "{}", "2019-11-12", "MissingParameter")]
    [InlineData("DescribeAlias", """{"AliasId":"alias-x","Bogus":1}""", "2019-11-12", "UnknownParameter")]
    [InlineData("CreateAlias", """{"Name":"n","RoutingStrategy":{"Type":"SIMPLE","Nope":"x"}}""", "2019-11-12", "UnknownParameter")]
    [InlineData("CreateGameServerSession", """{"FleetId":"fleet-x","MaximumPlayerSessionCount":"ten"}""", "2019-11-12", "InvalidParameter")]
    [InlineData("CreateAlias", """{"Name":"","RoutingStrategy":{"Type":"TERMINAL","Message":"m"}}""", "2019-11-12", "InvalidParameterValue")]
    [InlineData("DescribeAlias", "[1,2]", "2019-11-12", "InvalidParameter")]
    [InlineData("DescribeAlias", """{"AliasId":""", "2019-11-12", "InvalidParameter")]
    [InlineData("DescribeAlias", """{"AliasId":"alias-doesnotexist"}""", "2019-11-12", "ResourceNotFound")]
    public async Task Tc3_BadCall_AnswersTheDocumentedCode(string action, string json, string version, string expected)
    {
        var response = await SendAsync(SignedRequests.Tc3(_server.Address, action, json, version: version));

        Assert.Equal(expected, ErrorCode(response));
        Assert.False(string.IsNullOrEmpty(response.GetProperty("Error").GetProperty("Message").GetString()));
    }

    [Fact]
    public async Task Tc3_MissingRegion_IsMissingParameter()
    {
        var response = await SendAsync(SignedRequests.Tc3(_server.Address, "ListAliases", "{}", region: string.Empty));

        Assert.Equal("MissingParameter", ErrorCode(response));
    }

    [Theory]
    [InlineData("HmacSHA256", true)]
    [InlineData("HmacSHA1", true)]
    [InlineData("HmacSHA256", false)]
    public async Task V1_FormRequest_FlattenedParametersAreBound(string method, bool hostWithPort)
    {
        var response = await SendAsync(SignedRequests.V1(_server.Address, "CreateAlias", new Dictionary<string, string>
        {
            ["Name"] = "v1 alias",
            ["RoutingStrategy.Type"] = "TERMINAL",
            ["RoutingStrategy.Message"] = "gone fishing",
            ["Tags.0.Key"] = "team",
            ["Tags.0.Value"] = "core",
        }, method, signHostWithPort: hostWithPort));

        Assert.Null(ErrorCode(response));
        var alias = response.GetProperty("Alias");
        Assert.Equal("v1 alias", alias.GetProperty("Name").GetString());
        Assert.Equal("gone fishing", alias.GetProperty("RoutingStrategy").GetProperty("Message").GetString());
    }

    [Fact]
    public async Task V1_WrongKey_IsSignatureFailure()
    {
        var response = await SendAsync(SignedRequests.V1(_server.Address, "ListAliases", [], secretKey: "nope"));

        Assert.Equal("AuthFailure.SignatureFailure", ErrorCode(response));
    }

    [Fact]
    public async Task V1_ExpiredTimestamp_IsSignatureExpire()
    {
        var response = await SendAsync(SignedRequests.V1(_server.Address, "ListAliases", [], timestamp: TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() - 600));

        Assert.Equal("AuthFailure.SignatureExpire", ErrorCode(response));
    }

    [Fact]
    public async Task V1_NumbersAsStrings_AreParsedByDeclaredType()
    {
        var response = await SendAsync(SignedRequests.V1(_server.Address, "ListAliases", new Dictionary<string, string> { ["Offset"] = "0", ["Limit"] = "10" }));

        Assert.Null(ErrorCode(response));
    }

    [Fact]
    public async Task V1_ArrayIndexGap_IsInvalidParameter()
    {
        var response = await SendAsync(SignedRequests.V1(_server.Address, "DescribeFleetAttributes", new Dictionary<string, string> { ["FleetIds.0"] = "fleet-a", ["FleetIds.2"] = "fleet-b" }));

        Assert.Equal("InvalidParameter", ErrorCode(response));
    }

    [Fact]
    public async Task ErrorsAreCounted_OnlyForAuthenticatedCalls()
    {
        await SendAsync(SignedRequests.Tc3(_server.Address, "ListAliases", "{}", secretKey: "wrong"));
        await SendAsync(SignedRequests.Tc3(_server.Address, "ListAliases", "{}"));
        await SendAsync(SignedRequests.Tc3(_server.Address, "DescribeAlias", """{"AliasId":"alias-none"}"""));

        var counts = _server.Calls.Snapshot();
        Assert.Equal(1, counts["ListAliases"].Succeeded);
        Assert.Equal(0, counts["ListAliases"].Failed);
        Assert.Equal(1, counts["DescribeAlias"].Failed);
    }
}
