namespace GseFunctions.Azurite.Tests;

public sealed class AzuriteCommandTests
{
    [Fact]
    public void StartInfo_Ports_ServesEachServiceInMemoryOnLoopback()
    {
        var start = AzuriteCommand.StartInfo("/repo/azurite.js", 10100, 10101, 10102, "/tmp/azurite");
        var args = start.ArgumentList;

        Assert.Equal("node", start.FileName);
        Assert.Equal("/repo/azurite.js", args[0]);
        Assert.Contains("--inMemoryPersistence", args);
        Assert.Equal("/tmp/azurite", start.WorkingDirectory);
        foreach (var (service, port) in new[] { ("blob", "10100"), ("queue", "10101"), ("table", "10102") })
        {
            Assert.Equal("127.0.0.1", args[args.IndexOf($"--{service}Host") + 1]);
            Assert.Equal(port, args[args.IndexOf($"--{service}Port") + 1]);
        }
    }

    [Fact]
    public void ScriptPath_RepositoryRoot_IsThePackageInToolsAzurite()
    {
        var script = AzuriteCommand.ScriptPath("/repo");

        Assert.Equal(Path.Combine("/repo", "tools", "azurite", "node_modules", "azurite", "dist", "src", "azurite.js"), script);
    }
}
