using GseFunctions.SelfHost.Configuration;
using Microsoft.AspNetCore.Builder;

namespace GseFunctions.SelfHost.Tests.Configuration;

public sealed class LocalSettingsConfigurationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gsef-settings-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Read_FunctionsFormat_ValuesBecomeSettingsAndThePortIsKept()
    {
        var path = Write("""
            {
              "IsEncrypted": false,
              "Values": {
                "AzureWebJobsStorage": "UseDevelopmentStorage=true",
                "Auth__MasterKey": "from-file-master-key-0123456789abcdef",
                "Auth__FunctionKeys__default": "from-file-function-key-0123456789abc",
                "Gse__Region": "ap-guangzhou",
                "Gse:Endpoint": "http://127.0.0.1:8080/",
                "Gse__MaxRetryAttempts": 2,
                "Rollouts__Enabled": true
              },
              // Core Tools allow comments
              "Host": { "LocalHttpPort": 7172, "CORS": "*" },
            }
            """);

        var settings = LocalSettingsConfiguration.Read(path);

        Assert.Equal("UseDevelopmentStorage=true", settings["AzureWebJobsStorage"]);
        Assert.Equal("from-file-master-key-0123456789abcdef", settings["Auth:MasterKey"]);
        Assert.Equal("from-file-function-key-0123456789abc", settings["Auth:FunctionKeys:default"]);
        Assert.Equal("ap-guangzhou", settings["Gse:Region"]);
        Assert.Equal("http://127.0.0.1:8080/", settings["Gse:Endpoint"]);
        Assert.Equal("2", settings["Gse:MaxRetryAttempts"]);
        Assert.Equal("true", settings["Rollouts:Enabled"]);
        Assert.Equal("7172", settings[SelfHostUrls.PortKey]);
        Assert.Equal("ap-guangzhou", settings["GSE:REGION"]); // configuration keys are case-insensitive
        Assert.False(settings.ContainsKey("IsEncrypted"));
    }

    [Fact]
    public void Read_NoValues_NoSettings()
    {
        Assert.Empty(LocalSettingsConfiguration.Read(Write("""{ "IsEncrypted": false }""")));
    }

    [Fact]
    public void Read_InvalidJson_NamesTheFileAndLineWithoutItsContent()
    {
        var path = Write("""
            {
              "Values": {
                "Auth__MasterKey": "secret-master-key-0123456789abcdef"
                "Gse__Region": "ap-shanghai"
              }
            }
            """);

        var error = Assert.Throws<InvalidOperationException>(() => LocalSettingsConfiguration.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("line 4", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-master-key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_EnvironmentVariableAndCommandLine_OverrideTheFile()
    {
        var key = "GseFunctionsTest" + Guid.NewGuid().ToString("N")[..8];
        var path = Write($$"""
            { "Values": { "{{key}}__FromEnvironment": "file", "{{key}}__FromCommandLine": "file", "{{key}}__FromFile": "file" } }
            """);
        Environment.SetEnvironmentVariable($"{key}__FromEnvironment", "environment");
        try
        {
            string[] args = [$"--{LocalSettingsConfiguration.PathKey}={path}", $"--{key}:FromCommandLine=command-line"];
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = _directory });

            LocalSettingsConfiguration.Add(builder, args);

            Assert.Equal("file", builder.Configuration[$"{key}:FromFile"]);
            Assert.Equal("environment", builder.Configuration[$"{key}:FromEnvironment"]);
            Assert.Equal("command-line", builder.Configuration[$"{key}:FromCommandLine"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable($"{key}__FromEnvironment", null);
        }
    }

    [Fact]
    public void Add_FileInTheContentRoot_IsRead()
    {
        var key = "GseFunctionsTest" + Guid.NewGuid().ToString("N")[..8];
        File.WriteAllText(Path.Combine(_directory, "local.settings.json"), $$"""{ "Values": { "{{key}}__Value": "content root" } }""");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = _directory });

        LocalSettingsConfiguration.Add(builder, []);

        Assert.Equal("content root", builder.Configuration[$"{key}:Value"]);
    }

    [Fact]
    public void Add_PathNamingAMissingFile_FailsNamingTheSetting()
    {
        var missing = Path.Combine(_directory, "nope.json");
        string[] args = [$"--{LocalSettingsConfiguration.PathKey}={missing}"];
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = _directory });

        var error = Assert.Throws<InvalidOperationException>(() => LocalSettingsConfiguration.Add(builder, args));

        Assert.Contains(LocalSettingsConfiguration.PathKey, error.Message, StringComparison.Ordinal);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    private string Write(string json)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
