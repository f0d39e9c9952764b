using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Rollouts.Storage;

/// <summary>Where the workflow keeps its own tables (alias locks, schedule definitions).</summary>
public sealed class RolloutStorageOptions
{
    /// <summary>
    /// The storage account: read from the <c>AzureWebJobsStorage</c> connection (a connection string, or an
    /// identity-based connection: <see cref="StorageConnection"/>), the same account as the Durable Task hub. Default
    /// <c>UseDevelopmentStorage=true</c> (Azurite) when the host has no configuration at all.
    /// </summary>
    public StorageConnection Connection { get; set; } = StorageConnection.FromConnectionString("UseDevelopmentStorage=true");

    /// <summary>The connection string of <see cref="Connection"/>, or null for an identity-based one; setting it replaces <see cref="Connection"/>.</summary>
    public string? ConnectionString
    {
        get => Connection.ConnectionString;
        set => Connection = StorageConnection.FromConnectionString(value);
    }

    /// <summary>Prefix of the table names (letters and digits). Default <c>GseFunctions</c>: tables <c>GseFunctionsAliasLocks</c> and <c>GseFunctionsSchedules</c>.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,40}$", ErrorMessage = "The table prefix must start with a letter and hold only letters and digits (at most 41).")]
    public string TablePrefix { get; set; } = "GseFunctions";

    /// <summary>How long a lock may name a rollout that does not exist yet (a start in progress) before another start takes it over. Default 2 minutes.</summary>
    public TimeSpan OrphanLockGrace { get; set; } = TimeSpan.FromMinutes(2);
}
