using Microsoft.Extensions.Options;

namespace GseFunctions.Rollouts.Storage;

/// <summary>Fails the start when the storage connection cannot give the table endpoint, naming the setting to fix.</summary>
internal sealed class RolloutStorageOptionsValidator : IValidateOptions<RolloutStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, RolloutStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.Connection.Validate(StorageServices.Table);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
