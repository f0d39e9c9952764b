using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace GseFunctions.Rollouts.Storage;

/// <summary>
/// The storage account both hosts use (task hub, alias locks, schedules), read the way Azure Functions reads a
/// connection: a connection string in <c>&lt;name&gt;</c> (or <c>ConnectionStrings:&lt;name&gt;</c>), else an
/// identity-based connection from <c>&lt;name&gt;__accountName</c> or <c>&lt;name&gt;__blobServiceUri</c> /
/// <c>__queueServiceUri</c> / <c>__tableServiceUri</c>, with <c>&lt;name&gt;__credential</c> (<c>managedidentity</c>)
/// and <c>&lt;name&gt;__clientId</c>. The one place that turns those settings into clients and a credential.
/// </summary>
public sealed partial class StorageConnection
{
    /// <summary>The connection name both hosts use by default.</summary>
    public const string DefaultName = "AzureWebJobsStorage";

    /// <summary>Setting under the connection name (<c>AzureWebJobsStorage__accountName</c>): the storage account name.</summary>
    public const string AccountNameSetting = "accountName";

    /// <summary>Setting under the connection name: the credential kind (<see cref="ManagedIdentityCredential"/>).</summary>
    public const string CredentialSetting = "credential";

    /// <summary>Setting under the connection name: the user-assigned managed identity's client id.</summary>
    public const string ClientIdSetting = "clientId";

    /// <summary>Settings under the connection name: the service endpoints (<c>blobServiceUri</c>, <c>queueServiceUri</c>, <c>tableServiceUri</c>).</summary>
    public static readonly IReadOnlyList<string> ServiceUriSettings = ["blobServiceUri", "queueServiceUri", "tableServiceUri"];

    /// <summary>The <c>__credential</c> value that selects a managed identity.</summary>
    public const string ManagedIdentityCredential = "managedidentity";

    private readonly Lazy<TokenCredential> _credential;

    private StorageConnection(string name)
    {
        Name = name;
        _credential = new(CreateCredential);
    }

    /// <summary>The connection name (a configuration key), e.g. <c>AzureWebJobsStorage</c>.</summary>
    public string Name { get; }

    /// <summary>The connection string, when the connection is given as one. Never logged.</summary>
    public string? ConnectionString { get; private init; }

    /// <summary>The storage account name of an identity-based connection (<c>__accountName</c>).</summary>
    public string? AccountName { get; private init; }

    /// <summary>The blob endpoint: <c>__blobServiceUri</c>, else derived from <see cref="AccountName"/>.</summary>
    public Uri? BlobServiceUri { get; private init; }

    /// <summary>The queue endpoint: <c>__queueServiceUri</c>, else derived from <see cref="AccountName"/>.</summary>
    public Uri? QueueServiceUri { get; private init; }

    /// <summary>The table endpoint: <c>__tableServiceUri</c>, else derived from <see cref="AccountName"/>.</summary>
    public Uri? TableServiceUri { get; private init; }

    /// <summary>The <c>__credential</c> setting: <c>managedidentity</c>, or none for <see cref="DefaultAzureCredential"/>.</summary>
    public string? Credential { get; private init; }

    /// <summary>The <c>__clientId</c> setting: the user-assigned managed identity's client id.</summary>
    public string? ClientId { get; private init; }

    /// <summary>Whether the connection is identity-based (no connection string).</summary>
    [MemberNotNullWhen(false, nameof(ConnectionString))]
    public bool UsesIdentity => string.IsNullOrWhiteSpace(ConnectionString);

    /// <summary>Settings found unreadable while reading (a service URI that is not an absolute http(s) address).</summary>
    private List<string> ReadErrors { get; } = [];

    /// <summary>A connection given as a connection string (tests, Azurite, local runs).</summary>
    /// <param name="connectionString">The connection string.</param>
    /// <param name="name">The connection name, for messages.</param>
    /// <returns>The connection.</returns>
    public static StorageConnection FromConnectionString(string? connectionString, string name = DefaultName) =>
        new(name) { ConnectionString = connectionString };

    /// <summary>
    /// Reads the connection <paramref name="name"/> from configuration; never throws (see <see cref="Validate"/>). A
    /// connection string wins over identity settings, as in Azure Functions.
    /// </summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="name">The connection name. Default <c>AzureWebJobsStorage</c>.</param>
    /// <returns>The connection.</returns>
    public static StorageConnection Read(IConfiguration configuration, string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var connectionString = configuration[name];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = configuration.GetConnectionString(name);
        }

        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return FromConnectionString(connectionString, name);
        }

        var section = configuration.GetSection(name);
        var accountName = Trimmed(section[AccountNameSetting]);
        var errors = new List<string>();
        var connection = new StorageConnection(name)
        {
            AccountName = accountName,
            BlobServiceUri = ServiceUri(section, name, "blob", accountName, errors),
            QueueServiceUri = ServiceUri(section, name, "queue", accountName, errors),
            TableServiceUri = ServiceUri(section, name, "table", accountName, errors),
            Credential = Trimmed(section[CredentialSetting]),
            ClientId = Trimmed(section[ClientIdSetting]),
        };
        connection.ReadErrors.AddRange(errors);
        return connection;
    }

    /// <summary>
    /// What is wrong with the settings for a user of <paramref name="services"/>: one message per problem, each naming
    /// the setting to fix (as its app-setting name, <c>AzureWebJobsStorage__accountName</c>), never a value but the
    /// account name. Empty when the connection is usable.
    /// </summary>
    /// <param name="services">The services the caller needs endpoints for.</param>
    /// <returns>The problems found.</returns>
    public IReadOnlyList<string> Validate(StorageServices services)
    {
        if (!UsesIdentity)
        {
            return [];
        }

        var failures = new List<string>(ReadErrors);
        var anyEndpoint = AccountName is not null || Setting("blob") || Setting("queue") || Setting("table");
        if (!anyEndpoint && failures.Count == 0)
        {
            failures.Add(Credential is not null || ClientId is not null
                ? $"{Name}__accountName is missing: {Name}__{(Credential is not null ? "credential" : "clientId")} is set, but no storage account is named ({Name}__accountName, or {Name}__blobServiceUri, __queueServiceUri and __tableServiceUri)."
                : $"{Name}: no storage connection string or identity-based connection is configured (set a connection string in {Name}, or {Name}__accountName with {Name}__credential=managedidentity and {Name}__clientId).");
            return failures;
        }

        if (AccountName is not null && !AccountNamePattern().IsMatch(AccountName))
        {
            failures.Add($"{Name}__accountName: '{AccountName}' is not a storage account name (3-24 lowercase letters and digits).");
        }

        if (AccountName is null)
        {
            foreach (var (service, uri) in new[] { (StorageServices.Blob, BlobServiceUri), (StorageServices.Queue, QueueServiceUri), (StorageServices.Table, TableServiceUri) })
            {
                var key = service.ToString().ToLowerInvariant();
                if (services.HasFlag(service) && uri is null && !ReadErrors.Any(e => e.StartsWith($"{Name}__{key}ServiceUri", StringComparison.Ordinal)))
                {
                    failures.Add($"{Name}__{key}ServiceUri is missing (the Durable backend needs the blob, queue and table endpoints; the tables the table one), or set {Name}__accountName instead.");
                }
            }
        }

        if (Credential is not null && !string.Equals(Credential, ManagedIdentityCredential, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{Name}__credential: '{Credential}' is not supported; use '{ManagedIdentityCredential}', or leave it out for the default Azure credential chain.");
        }

        return failures;

        bool Setting(string service) => ReadErrors.Any(e => e.StartsWith($"{Name}__{service}ServiceUri", StringComparison.Ordinal))
            || service switch { "blob" => BlobServiceUri, "queue" => QueueServiceUri, _ => TableServiceUri } is not null;
    }

    /// <summary>
    /// The credential of an identity-based connection, created once: <see cref="ManagedIdentityCredential"/> (the
    /// user-assigned identity <see cref="ClientId"/>, else the system-assigned one) when <c>__credential</c> is
    /// <c>managedidentity</c>, else <see cref="DefaultAzureCredential"/> (its managed identity <see cref="ClientId"/>
    /// when given).
    /// </summary>
    public TokenCredential TokenCredential => _credential.Value;

    /// <summary>The Azure Tables client of this connection (validate first).</summary>
    /// <param name="options">Client options (retries), or null for the defaults.</param>
    /// <returns>A new client.</returns>
    /// <exception cref="InvalidOperationException">An identity-based connection has no table endpoint.</exception>
    public TableServiceClient CreateTableServiceClient(TableClientOptions? options = null) => UsesIdentity
        ? new TableServiceClient(TableServiceUri ?? throw Missing("table"), TokenCredential, options ?? new TableClientOptions())
        : new TableServiceClient(ConnectionString, options ?? new TableClientOptions());

    /// <summary>A description without secrets, safe to log.</summary>
    public override string ToString() => UsesIdentity
        ? $"{Name}: identity-based (account {AccountName ?? "-"}, table {TableServiceUri?.ToString() ?? "-"}, credential {Credential ?? "default"})"
        : $"{Name}: connection string";

    private InvalidOperationException Missing(string service) =>
        new($"{Name}__{service}ServiceUri is missing, or set {Name}__accountName.");

    private TokenCredential CreateCredential()
    {
        if (string.Equals(Credential, ManagedIdentityCredential, StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(ClientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(ClientId));
        }

        var options = new DefaultAzureCredentialOptions();
        if (ClientId is not null)
        {
            options.ManagedIdentityClientId = ClientId;
        }

        return new DefaultAzureCredential(options);
    }

    private static Uri? ServiceUri(IConfiguration section, string name, string service, string? accountName, List<string> errors)
    {
        var key = service + "ServiceUri";
        if (Trimmed(section[key]) is { } text)
        {
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                return uri;
            }

            errors.Add($"{name}__{key} is not an absolute http(s) address (e.g. https://<account>.{service}.core.windows.net).");
            return null;
        }

        return accountName is null ? null : new Uri($"https://{accountName}.{service}.core.windows.net");
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[a-z0-9]{3,24}$")]
    private static partial Regex AccountNamePattern();
}
