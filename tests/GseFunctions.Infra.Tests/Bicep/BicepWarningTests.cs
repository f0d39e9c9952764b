namespace GseFunctions.Infra.Tests.Bicep;

/// <summary>
/// The check in <see cref="BicepBuildTests"/> catches what bicep itself lets through: a misspelt resource property is
/// only warning BCP089 and the CLI still exits 0. Runs on a temporary copy of infra/; nothing is committed.
/// </summary>
public sealed class BicepWarningTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "gsefunctions-infra-typo-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Check_MisspeltProperty_FailsWithBCP089()
    {
        CopyDirectory(InfraBuild.InfraDirectory, _copy);
        var storage = Path.Combine(_copy, "modules", "storage.bicep");
        var text = await File.ReadAllTextAsync(storage);
        Assert.Contains("allowSharedKeyAccess: false", text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(storage, text.Replace("allowSharedKeyAccess: false", "allowSharedKeyAcess: false", StringComparison.Ordinal));

        var build = BicepCli.RunAsync(_copy, ["build", "main.bicep", "--stdout"]);
        var lint = BicepCli.RunAsync(_copy, ["lint", "--pattern", "**/*.bicep"]);

        foreach (var run in new[] { await build, await lint })
        {
            Assert.Equal(0, run.ExitCode); // bicep alone would pass it
            var typo = Assert.Single(run.Diagnostics.DistinctBy(d => (d.File, d.Line, d.Code)));
            Assert.Equal(("Warning", "BCP089"), (typo.Level, typo.Code));
            Assert.EndsWith("storage.bicep", typo.File, StringComparison.Ordinal);
            Assert.Contains("allowSharedKeyAcess", typo.Message, StringComparison.Ordinal);
            Assert.Contains(run.Problems, p => p.Contains("BCP089", StringComparison.Ordinal)); // the check fails
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_copy))
        {
            Directory.Delete(_copy, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
