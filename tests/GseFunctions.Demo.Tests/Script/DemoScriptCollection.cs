namespace GseFunctions.Demo.Tests.Script;

/// <summary>Tests that run scripts/demo.sh go one at a time: each runs a build and a whole stack on a 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DemoScriptCollection
{
    public const string Name = "demo script";
}
