using System.Text.Json;
using GseFunctions.Api.Health;
using GseFunctions.Api.Management;
using GseFunctions.Gse;
using GseFunctions.Rollouts.Activities;
using GseFunctions.Rollouts.Contracts;
using GseFunctions.Rollouts.Scheduling;
using GseFunctions.Rollouts.Starting;
using GseFunctions.Rollouts.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace GseFunctions.Functions.Tests.Http;

/// <summary>What the HTTP functions hand their handlers, as mocks (or real services over mocked stores), recording every call.</summary>
internal sealed class Collaborators
{
    public Collaborators()
    {
        // A running rollout under any id, so event routes get as far as raising their event; overloads reach this one.
        Durable.CallBase = true;
        Durable.Setup(d => d.GetInstancesAsync(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, bool _, CancellationToken _) => new OrchestrationMetadata(RolloutTaskNames.Rollout, id)
            {
                RuntimeStatus = OrchestrationRuntimeStatus.Running,
                CreatedAt = Time.GetUtcNow(),
                LastUpdatedAt = Time.GetUtcNow(),
            });
        Urls.Setup(u => u.Create(It.IsAny<HttpRequest>(), It.IsAny<DurableTaskClient>(), It.IsAny<string>()))
            .Returns((HttpRequest _, DurableTaskClient _, string id) => new HttpManagementPayload(id, $"status/{id}", $"event/{id}", $"terminate/{id}", $"purge/{id}", $"restart/{id}", $"suspend/{id}", $"resume/{id}"));
        Store.Setup(s => s.GetAsync("nightly", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ScheduleDefinition(
                new ScheduleRequest { ScheduleId = "nightly", Rollout = new() { AliasId = "alias-1", FleetId = "fleet-2" }, StartAt = Time.GetUtcNow().AddDays(1) },
                Time.GetUtcNow()));
        Store.Setup(s => s.DeleteAsync("nightly", It.IsAny<CancellationToken>())).ReturnsAsync(true);
        Health.Setup(h => h.CheckHealthAsync(It.IsAny<Func<HealthCheckRegistration, bool>?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new HealthReport(new Dictionary<string, HealthReportEntry>(), TimeSpan.Zero));
    }

    private ReadinessCache? _readiness;

    public Mock<GseClient> Gse { get; } = new();

    public Mock<DurableTaskClient> Durable { get; } = new("test");

    public Mock<IAliasLockStore> Locks { get; } = new();

    public Mock<IManagementUrls> Urls { get; } = new();

    public Mock<IScheduleStore> Store { get; } = new();

    public Mock<HealthCheckService> Health { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public ReadinessCache Readiness => _readiness ??= new(Health.Object, Options.Create(new HealthOptions()), Time);

    /// <summary>The alias-lock rule over <see cref="Locks"/>.</summary>
    public AliasLocking Locking => new(Locks.Object, Options.Create(new RolloutStorageOptions()), Time);

    public RolloutStarter Starter => new(Locks.Object, Options.Create(new RolloutStorageOptions()), Time);

    public ScheduleService Schedules => new(Store.Object, Time, NullLogger<ScheduleService>.Instance);

    /// <summary>Every call the handler made on the collaborators, in order, with its arguments.</summary>
    public IReadOnlyList<string> Calls() =>
        new Mock[] { Gse, Durable, Locks, Urls, Store, Health }
            .SelectMany(m => m.Invocations.Select(i => $"{m.Object.GetType().BaseType?.Name}.{i.Method.Name}({string.Join(", ", i.Arguments.Select(Describe))})"))
            .ToList();

    private static string Describe(object? argument) => argument switch
    {
        null => "null",
        CancellationToken => "ct",
        HttpRequest r => $"{r.Method} {r.Path}{r.QueryString}",
        Delegate => "delegate",
        string or bool or int or long or double or Enum => argument.ToString()!,
        _ => Json(argument),
    };

    private static string Json(object value)
    {
        try
        {
            return JsonSerializer.Serialize(value, value.GetType());
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException)
        {
            return value.GetType().Name;
        }
    }
}
