using GseFunctions.Demo.Seeding;
using GseFunctions.Demo.Stack;
using GseFunctions.Demo.Up;

namespace GseFunctions.Demo.Tests.Up;

public sealed class CurlExamplesTests
{
    private static readonly StackKeys Keys = new(new string('m', 43), "function-key-1");
    private static readonly SeededScenario Seed = new("asset-1", "alias-1", "fleet-1", "fleet-2", FleetSizing.For(4));

    [Fact]
    public void For_TheRunsValues_ExportedOnceAndUsedThroughVariables()
    {
        var lines = CurlExamples.For(new Uri("http://127.0.0.1:7071/"), Keys, Seed);

        Assert.Equal($"export GSEF=http://127.0.0.1:7071 MASTER_KEY='{Keys.MasterKey}' FUNCTION_KEY='function-key-1'", lines[0]);
        Assert.Equal("export ALIAS_ID=alias-1 FLEET1_ID=fleet-1 FLEET2_ID=fleet-2", lines[1]);
        Assert.All(lines.Skip(2), line => Assert.DoesNotContain(Keys.MasterKey, line, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("curl -s -X POST $GSEF/api/sessions -H \"x-functions-key: $FUNCTION_KEY\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("ROLLOUT_ID=$(curl -s -X POST $GSEF/api/rollouts -H \"x-functions-key: $MASTER_KEY\"", StringComparison.Ordinal));
    }

    [Fact]
    public void For_Undo_IsCommentedOut()
    {
        // Pasting the whole block must not undo the rollout it has just started.
        var lines = CurlExamples.For(new Uri("http://127.0.0.1:7071/"), Keys, Seed);

        Assert.All(lines.Where(l => l.Contains("/abort", StringComparison.Ordinal) || l.Contains("/rollback", StringComparison.Ordinal)), l => Assert.StartsWith("#", l, StringComparison.Ordinal));
    }
}
