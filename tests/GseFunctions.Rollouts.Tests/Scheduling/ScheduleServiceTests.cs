using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Rollouts.Tests.Storage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace GseFunctions.Rollouts.Tests.Scheduling;

public sealed class ScheduleServiceTests
{
    private readonly InMemoryScheduleStore _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 1, 10, 0, 0, 456, TimeSpan.Zero).AddTicks(789));
    private readonly Mock<DurableTaskClient> _client = new("test");
    private readonly ScheduleService _service;

    public ScheduleServiceTests() => _service = new ScheduleService(_store, _time, NullLogger<ScheduleService>.Instance);

    [Fact]
    public async Task CreateAsync_Valid_StoresAndSchedulesTheOrchestration()
    {
        ScheduleState? scheduled = null;
        _client.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(
                It.Is<TaskName>(n => n.Name == "RolloutSchedule"), It.IsAny<object?>(), It.Is<StartOrchestrationOptions?>(o => o!.InstanceId == ScheduleIds.Orchestration("nightly")), It.IsAny<CancellationToken>()))
            .Callback((TaskName _, object? input, StartOrchestrationOptions? _, CancellationToken _) => scheduled = (ScheduleState?)input)
            .ReturnsAsync(ScheduleIds.Orchestration("nightly"));

        var result = await _service.CreateAsync(_client.Object, Request() with { TimeZone = null });

        Assert.True(result.Created);
        Assert.Equal("UTC", result.Definition.Request.TimeZone);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 10, 0, 0, 456, TimeSpan.Zero), result.Definition.CreatedAt); // whole milliseconds
        Assert.Equal(result.Definition, await _store.GetAsync("nightly"));
        Assert.Equal(result.Definition.Request, scheduled!.Request);
        Assert.Equal(result.Definition.CreatedAt.UtcDateTime, scheduled.CreatedAtUtc);
        Assert.Null(scheduled.LastHandledUtc);
    }

    [Fact]
    public async Task CreateAsync_ExistingId_AnswersTheExistingAndSchedulesNothing()
    {
        var first = new ScheduleDefinition(Request() with { Cron = "0 4 * * *" }, _time.GetUtcNow().AddDays(-1));
        await _store.CreateAsync(first);

        var result = await _service.CreateAsync(_client.Object, Request());

        Assert.False(result.Created);
        Assert.Equal(first, result.Definition);
        _client.Verify(
            c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()),
            Times.Never);
    }

    [Fact]
    public async Task CreateAsync_SchedulingFails_RemovesTheDefinitionAndThrows()
    {
        _client.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("the task hub is down"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => _service.CreateAsync(_client.Object, Request()));

        Assert.Null(await _store.GetAsync("nightly"));
    }

    [Fact]
    public async Task CreateAsync_Invalid_ThrowsAndStoresNothing()
    {
        var e = await Assert.ThrowsAsync<RolloutValidationException>(() => _service.CreateAsync(_client.Object, Request() with { Cron = "nope" }));

        Assert.Contains("cron", e.Errors.Keys);
        Assert.Empty((await _store.ListAsync()).Items);
    }

    [Fact]
    public async Task CreateAsync_CronFasterThanTheConfiguredMinimum_ThrowsNamingItAndStoresNothing()
    {
        var service = new ScheduleService(_store, _time, NullLogger<ScheduleService>.Instance, Options.Create(new ScheduleOptions { MinimumInterval = TimeSpan.FromMinutes(10) }));

        var e = await Assert.ThrowsAsync<RolloutValidationException>(() => service.CreateAsync(_client.Object, Request() with { Cron = "*/5 * * * *" }));

        Assert.Contains("00:10:00", Assert.Single(e.Errors["cron"]), StringComparison.Ordinal);
        Assert.Empty((await _store.ListAsync()).Items);
        Assert.True((await service.CreateAsync(_client.Object, Request() with { Cron = "*/10 * * * *" })).Created);
    }

    [Fact]
    public async Task DeleteAsync_UnknownSchedule_AnswersFalseWithoutTerminating()
    {
        Assert.False(await _service.DeleteAsync(_client.Object, "nightly"));

        _client.Verify(c => c.TerminateInstanceAsync(It.IsAny<string>(), It.IsAny<TerminateInstanceOptions?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private static ScheduleRequest Request() => new()
    {
        ScheduleId = "nightly",
        Rollout = new RolloutRequest { AliasId = "alias-1", FleetId = "fleet-2" },
        Cron = "0 3 * * *",
    };
}
