using GseFunctions.Demo.Drill;
using GseFunctions.Demo.Stack;

namespace GseFunctions.Demo.Tests.Drill;

public sealed class DrillOptionsTests
{
    [Fact]
    public void Parse_NoArguments_TenRolloutsFiveKillsThreeWorkersFromPort7071WithFaults()
    {
        var options = DrillOptions.Parse([], out var error);

        Assert.Null(error);
        Assert.NotNull(options);
        Assert.Equal((10, 5, true, null), (options.Rollouts, options.Kills, options.Faults, options.Seed));
        Assert.Equal([7071, 7072, 7073], options.WorkerPorts);
        Assert.Equal(7071, options.Ports.SelfHost);
    }

    [Fact]
    public void Parse_ShortAndLongOptions_AreRead()
    {
        var options = DrillOptions.Parse(["-r", "50", "-k", "100", "--workers", "2", "--seed", "-3", "--port", "9000", "--no-faults", "--summary-json", "s.json"], out var error);

        Assert.Null(error);
        Assert.NotNull(options);
        Assert.Equal((50, 100, -3, false, "s.json"), (options.Rollouts, options.Kills, options.Seed, options.Faults, options.SummaryJsonPath));
        Assert.Equal([9000, 9001], options.WorkerPorts);
    }

    [Fact]
    public void Parse_WorkerPorts_SetTheWorkers()
    {
        var options = DrillOptions.Parse(["--worker-ports", "9100,9200"], out var error);

        Assert.Null(error);
        Assert.Equal([9100, 9200], options!.WorkerPorts);
        Assert.Equal(2, options.AllPorts.Length);
        Assert.All(options.AllPorts, p => Assert.Equal(StackPorts.Default.Blob, p.Blob));
    }

    [Theory]
    [InlineData("-r", "0")]
    [InlineData("-r", "201")]
    [InlineData("-k", "-1")]
    [InlineData("--workers", "1")]
    [InlineData("--workers", "4")]
    [InlineData("--seed", "x")]
    [InlineData("--sessions-per-second", "NaN")]
    [InlineData("--worker-ports", "9100")]
    [InlineData("--worker-ports", "9100,9101,9102,9103")]
    [InlineData("--port", "70000")]
    [InlineData("--azurite-ports", "1,2")]
    public void Parse_InvalidValue_IsRefusedNamingTheOption(string option, string value)
    {
        var options = DrillOptions.Parse([option, value], out var error);

        Assert.Null(options);
        Assert.Equal($"Invalid value '{value}' for {option}.", error);
    }

    [Theory]
    [InlineData(new[] { "--rollouts" }, "--rollouts needs a value.")]
    [InlineData(new[] { "--bogus", "1" }, "Unknown option '--bogus'.")]
    [InlineData(new[] { "--worker-ports", "9100,9101", "--port", "9000" }, "--worker-ports sets the workers and their ports; give it without --port, or with --workers of the same count.")]
    [InlineData(new[] { "--worker-ports", "9100,9101", "--workers", "3" }, "--worker-ports sets the workers and their ports; give it without --port, or with --workers of the same count.")]
    [InlineData(new[] { "--port", "10000" }, "Port 10000 is given twice; every service needs its own port.")]
    [InlineData(new[] { "--worker-ports", "9100,9100" }, "Port 9100 is given twice; every service needs its own port.")]
    public void Parse_InconsistentArguments_AreRefused(string[] args, string expected)
    {
        Assert.Null(DrillOptions.Parse(args, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Parse_Help_ShowsHelp() => Assert.True(DrillOptions.Parse(["-r", "3", "--help"], out _)!.ShowHelp);
}
