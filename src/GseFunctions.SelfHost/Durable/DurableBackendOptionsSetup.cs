using System.Globalization;
using GseFunctions.Rollouts.Storage;
using Microsoft.Extensions.Options;
using K = GseFunctions.SelfHost.Durable.DurableBackendConfigurationKeys;

namespace GseFunctions.SelfHost.Durable;

/// <summary>
/// Reads <see cref="DurableBackendOptions"/> from configuration. Values that do not parse are recorded (with their
/// key) for <see cref="DurableBackendOptionsValidator"/> instead of throwing, so start-up fails with every problem named.
/// </summary>
internal sealed class DurableBackendOptionsSetup(IConfiguration configuration) : IConfigureOptions<DurableBackendOptions>
{
    public void Configure(DurableBackendOptions options)
    {
        var connectionName = FirstNonEmpty(K.ConnectionName, K.ConnectionStringName) ?? K.DefaultConnectionName;
        options.ConnectionName = connectionName;
        options.Connection = StorageConnection.Read(configuration, connectionName);

        options.HubName = configuration[K.HubName] ?? options.HubName;
        // host.json's maxConcurrent* size a Functions instance; this process sizes itself from its processors unless told.
        options.MaxConcurrentActivityFunctions = ReadInt(options, K.SelfHostMaxConcurrentActivityFunctions, options.MaxConcurrentActivityFunctions);
        options.MaxConcurrentOrchestratorFunctions = ReadInt(options, K.SelfHostMaxConcurrentOrchestratorFunctions, options.MaxConcurrentOrchestratorFunctions);
        options.PartitionCount = ReadInt(options, K.PartitionCount, options.PartitionCount);
        options.ControlQueueBatchSize = ReadInt(options, K.ControlQueueBatchSize, options.ControlQueueBatchSize);
        options.MaxQueuePollingInterval = ReadTimeSpan(options, K.MaxQueuePollingInterval, options.MaxQueuePollingInterval);
        options.ControlQueueVisibilityTimeout = ReadTimeSpan(options, K.ControlQueueVisibilityTimeout, options.ControlQueueVisibilityTimeout);
        options.WorkItemQueueVisibilityTimeout = ReadTimeSpan(options, K.WorkItemQueueVisibilityTimeout, options.WorkItemQueueVisibilityTimeout);
        options.UseTablePartitionManagement = ReadBool(options, K.UseTablePartitionManagement, options.UseTablePartitionManagement);
        options.LeaseInterval = ReadTimeSpan(options, K.LeaseInterval, options.LeaseInterval);
        options.LeaseRenewInterval = ReadTimeSpan(options, K.LeaseRenewInterval, options.LeaseRenewInterval);
        options.LeaseAcquireInterval = ReadTimeSpan(options, K.LeaseAcquireInterval, options.LeaseAcquireInterval);
        options.ShutdownTimeout = ReadTimeSpan(options, K.ShutdownTimeout, options.ShutdownTimeout);
        options.WorkerId = configuration[K.WorkerId] ?? options.WorkerId;
    }

    private string? FirstNonEmpty(params string[] keys) =>
        keys.Select(key => configuration[key]).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

    private int ReadInt(DurableBackendOptions options, string key, int fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        options.ConfigurationErrors.Add($"{key}: '{text}' is not a whole number.");
        return fallback;
    }

    private TimeSpan ReadTimeSpan(DurableBackendOptions options, string key, TimeSpan fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        options.ConfigurationErrors.Add($"{key}: '{text}' is not a time span (expected hh:mm:ss).");
        return fallback;
    }

    private bool ReadBool(DurableBackendOptions options, string key, bool fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        options.ConfigurationErrors.Add($"{key}: '{text}' is not true or false.");
        return fallback;
    }
}
