using GseFunctions.Demo.Stack;

namespace GseFunctions.Demo.Tests.Stack;

public sealed class StackKeysTests
{
    [Fact]
    public void Resolve_NothingSet_RandomKeysLongEnoughAndDifferentPerRun()
    {
        var first = StackKeys.Resolve(_ => null, out var error)!;
        var second = StackKeys.Resolve(_ => null, out _)!;

        Assert.Null(error);
        Assert.False(first.FromEnvironment);
        Assert.True(first.MasterKey.Length >= StackKeys.MinimumMasterKeyLength);
        Assert.NotEqual(first.MasterKey, first.FunctionKey);
        Assert.NotEqual(first.MasterKey, second.MasterKey);
        Assert.Matches("^[A-Za-z0-9_-]+$", first.MasterKey);
    }

    [Fact]
    public void Resolve_BothSet_UsesThem()
    {
        var master = new string('m', 40);
        var keys = StackKeys.Resolve(name => name == StackKeys.MasterKeyVariable ? master : "function-key", out var error)!;

        Assert.Null(error);
        Assert.True(keys.FromEnvironment);
        Assert.Equal(master, keys.MasterKey);
        Assert.Equal("function-key", keys.FunctionKey);
    }

    [Fact]
    public void Resolve_ShortMasterKey_RefusedWithoutShowingIt()
    {
        Assert.Null(StackKeys.Resolve(name => name == StackKeys.MasterKeyVariable ? "secret-but-short" : null, out var error));
        Assert.Equal("GSEFUNCTIONS_MASTER_KEY must be at least 32 characters (it has 16).", error);
    }
}
