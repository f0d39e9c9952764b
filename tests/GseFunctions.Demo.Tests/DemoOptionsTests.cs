using GseFunctions.Demo.Stack;

namespace GseFunctions.Demo.Tests;

public sealed class DemoOptionsTests
{
    [Fact]
    public void Parse_NoArguments_RolloutOnTheDefaultPorts()
    {
        var options = DemoOptions.Parse([], out var error);

        Assert.Null(error);
        Assert.NotNull(options);
        Assert.Equal(DemoMode.Rollout, options.Mode);
        Assert.Equal(new StackPorts(7071, 10000, 10001, 10002, 5080), options.Ports);
        Assert.Equal(60, options.TimeScale);
        Assert.Equal("Release", options.Configuration);
        Assert.Null(options.SummaryJsonPath);
    }

    [Fact]
    public void Parse_EveryOption_Applied()
    {
        var options = DemoOptions.Parse(
            ["up", "--summary-json", "out.json", "--time-scale", "30", "--port", "17071", "--azurite-ports", "20000,20001,20002", "--gse-port", "15080", "--sessions-per-minute", "2.5", "--configuration", "Debug"],
            out var error);

        Assert.Null(error);
        Assert.NotNull(options);
        Assert.Equal(DemoMode.Up, options.Mode);
        Assert.Equal("out.json", options.SummaryJsonPath);
        Assert.Equal(30, options.TimeScale);
        Assert.Equal(new StackPorts(17071, 20000, 20001, 20002, 15080), options.Ports);
        Assert.Equal(2.5, options.SessionsPerMinute);
        Assert.Equal("Debug", options.Configuration);
    }

    [Fact]
    public void Parse_Chart_DefaultsNextToTheSummaryAndCanBeGiven()
    {
        Assert.Null(DemoOptions.Parse([], out _)!.EffectiveChartPath);
        Assert.Equal(Path.Combine("out", "run.svg"), DemoOptions.Parse(["--summary-json", Path.Combine("out", "run.json")], out _)!.EffectiveChartPath);
        Assert.Equal("c.svg", DemoOptions.Parse(["--summary-json", "s.json", "--chart", "c.svg"], out _)!.EffectiveChartPath);
        Assert.Null(DemoOptions.Parse(["--chart"], out var error));
        Assert.Equal("--chart needs a value.", error);
    }

    [Theory]
    [InlineData("--port", "0", "Invalid value '0' for --port.")]
    [InlineData("--port", "70000", "Invalid value '70000' for --port.")]
    [InlineData("--azurite-ports", "1,2", "Invalid value '1,2' for --azurite-ports.")]
    [InlineData("--time-scale", "0.5", "Invalid value '0.5' for --time-scale.")]
    [InlineData("--sessions-per-minute", "11", "Invalid value '11' for --sessions-per-minute.")]
    [InlineData("--frobnicate", "1", "Unknown option '--frobnicate'.")]
    public void Parse_BadOption_NamesIt(string option, string value, string expected)
    {
        Assert.Null(DemoOptions.Parse([option, value], out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Parse_OptionWithoutValue_SaysSo()
    {
        Assert.Null(DemoOptions.Parse(["--port"], out var error));
        Assert.Equal("--port needs a value.", error);
    }

    [Fact]
    public void Parse_SamePortTwice_Refused()
    {
        Assert.Null(DemoOptions.Parse(["--port", "10001"], out var error));
        Assert.Equal("Port 10001 is given twice; every service needs its own port.", error);
    }

    [Fact]
    public void Parse_UpAfterAnOption_IsNoMode()
    {
        Assert.Null(DemoOptions.Parse(["--port", "7072", "up"], out var error));
        Assert.Equal("Unknown option 'up'.", error);
    }
}
