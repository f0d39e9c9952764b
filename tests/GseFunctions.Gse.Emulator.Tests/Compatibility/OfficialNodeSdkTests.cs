using System.Diagnostics;
using System.Text.Json;
using GseFunctions.Testing;

namespace GseFunctions.Gse.Emulator.Tests.Compatibility;

/// <summary>
/// The unmodified official Tencent Cloud Node.js SDK (tencentcloud-sdk-nodejs 3.0.268, installed by the test
/// command into tests/sdk-compat) runs the seed walkthrough against the local GSE over http, in each of its
/// signing modes, and gets the documented error codes for bad credentials.
/// </summary>
public sealed class OfficialNodeSdkTests
{
    [Theory]
    [InlineData(null)] // the SDK's default: signature v1, HmacSHA256, form-encoded
    [InlineData("HmacSHA1")]
    [InlineData("TC3-HMAC-SHA256")]
    public async Task SeedWalkthrough_OfficialNodeSdk_Succeeds(string? signMethod)
    {
        await using var server = await LocalGseServer.StartAsync(timeScale: 600);

        var summary = await RunWalkthroughAsync(server, signMethod);

        Assert.Equal(signMethod ?? "HmacSHA256", summary.GetProperty("signMethod").GetString());
        var fleet1 = summary.GetProperty("fleet1").GetString();
        var fleet2 = summary.GetProperty("fleet2").GetString();
        Assert.NotEqual(fleet1, fleet2);
        Assert.Equal(fleet1, summary.GetProperty("session1Fleet").GetString());
        Assert.Equal(fleet2, summary.GetProperty("session2Fleet").GetString());
        Assert.Equal(fleet2, summary.GetProperty("resolved").GetString());
        var kept = summary.GetProperty("fleet1SessionIds").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal([summary.GetProperty("session1Id").GetString()], kept);

        var errors = summary.GetProperty("errors");
        Assert.Equal("AuthFailure.SecretIdNotFound", errors.GetProperty("wrongSecretId").GetString());
        Assert.Equal("AuthFailure.SignatureFailure", errors.GetProperty("wrongSecretKey").GetString());
        Assert.Equal("MissingParameter", errors.GetProperty("missingParameter").GetString());
        Assert.Equal("ResourceNotFound", errors.GetProperty("unknownAlias").GetString());
    }

    private static async Task<JsonElement> RunWalkthroughAsync(LocalGseServer server, string? signMethod)
    {
        var directory = Path.Combine(RepositoryPaths.Root, "tests", "sdk-compat");
        Assert.True(
            Directory.Exists(Path.Combine(directory, "node_modules", "tencentcloud-sdk-nodejs")),
            "The official SDK is not installed: run the README's test command (scripts/test.sh), which runs npm ci in tests/sdk-compat.");

        var start = new ProcessStartInfo("node", "seed-walkthrough.js")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["GSE_ENDPOINT"] = server.Address.Authority;
        start.Environment["GSE_SECRET_ID"] = LocalGseServer.SecretId;
        start.Environment["GSE_SECRET_KEY"] = LocalGseServer.SecretKey;
        if (signMethod is not null)
        {
            start.Environment["SIGN_METHOD"] = signMethod;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"node exited {process.ExitCode}: {await stderr}");
        return JsonDocument.Parse((await stdout).Trim().Split('\n').Last()).RootElement.Clone();
    }
}
