using System.Text.RegularExpressions;
using GseFunctions.Rollouts.Storage;
using Microsoft.Extensions.Options;
using K = GseFunctions.SelfHost.Durable.DurableBackendConfigurationKeys;

namespace GseFunctions.SelfHost.Durable;

/// <summary>Checks <see cref="DurableBackendOptions"/>; every message names the configuration key to fix.</summary>
internal sealed partial class DurableBackendOptionsValidator : IValidateOptions<DurableBackendOptions>
{
    public ValidateOptionsResult Validate(string? name, DurableBackendOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>(options.ConfigurationErrors);
        failures.AddRange(options.Connection.Validate(StorageServices.All));

        if (options.HubName is null || !HubNamePattern().IsMatch(options.HubName))
        {
            failures.Add($"{K.HubName}: '{options.HubName}' is not a valid task hub name (3-45 letters or digits, starting with a letter).");
        }

        CheckRange(failures, K.PartitionCount, options.PartitionCount, 1, 16);
        CheckRange(failures, K.ControlQueueBatchSize, options.ControlQueueBatchSize, 1, 32);
        CheckRange(failures, K.SelfHostMaxConcurrentActivityFunctions, options.MaxConcurrentActivityFunctions, 1, 10_000);
        CheckRange(failures, K.SelfHostMaxConcurrentOrchestratorFunctions, options.MaxConcurrentOrchestratorFunctions, 1, 10_000);
        CheckPositive(failures, K.MaxQueuePollingInterval, options.MaxQueuePollingInterval);
        CheckPositive(failures, K.ControlQueueVisibilityTimeout, options.ControlQueueVisibilityTimeout);
        CheckPositive(failures, K.WorkItemQueueVisibilityTimeout, options.WorkItemQueueVisibilityTimeout);
        CheckPositive(failures, K.LeaseInterval, options.LeaseInterval);
        CheckPositive(failures, K.LeaseRenewInterval, options.LeaseRenewInterval);
        CheckPositive(failures, K.LeaseAcquireInterval, options.LeaseAcquireInterval);
        CheckPositive(failures, K.ShutdownTimeout, options.ShutdownTimeout);
        if (options.LeaseRenewInterval >= options.LeaseInterval)
        {
            failures.Add($"{K.LeaseRenewInterval}: {options.LeaseRenewInterval} must be shorter than {K.LeaseInterval} ({options.LeaseInterval}), or leases lapse while held.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckRange(List<string> failures, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{key}: {value} is out of range ({min}-{max}).");
        }
    }

    private static void CheckPositive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{key}: {value} must be a positive time span.");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,44}$")]
    private static partial Regex HubNamePattern();
}
