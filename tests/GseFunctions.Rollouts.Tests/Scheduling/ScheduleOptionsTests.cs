using GseFunctions.Rollouts.Hosting;
using GseFunctions.Rollouts.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GseFunctions.Rollouts.Tests.Scheduling;

public sealed class ScheduleOptionsTests
{
    [Fact]
    public void AddRollouts_NoSetting_MinimumIntervalIsOneMinute() =>
        Assert.Equal(TimeSpan.FromMinutes(1), Resolve(null).Value.MinimumInterval);

    [Fact]
    public void AddRollouts_SchedulesMinimumInterval_IsBound() =>
        Assert.Equal(TimeSpan.FromMinutes(5), Resolve("00:05:00").Value.MinimumInterval);

    [Theory]
    [InlineData("-00:00:01")]
    [InlineData("1.00:00:01")]
    public void AddRollouts_MinimumIntervalOutOfRange_FailsValidationNamingIt(string value)
    {
        var e = Assert.Throws<OptionsValidationException>(() => Resolve(value).Value);

        Assert.Contains(nameof(ScheduleOptions.MinimumInterval), e.Message, StringComparison.Ordinal);
    }

    private static IOptions<ScheduleOptions> Resolve(string? minimumInterval)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(minimumInterval is null ? [] : [new("Schedules:MinimumInterval", minimumInterval)])
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddRollouts().BuildServiceProvider();
        return services.GetRequiredService<IOptions<ScheduleOptions>>();
    }
}
