using System.Globalization;

namespace GseFunctions.Azurite;

/// <summary>The storage account every Azurite serves: Azure's well-known development account (public, not a secret).</summary>
public static class AzuriteAccount
{
    /// <summary>The account name.</summary>
    public const string Name = "devstoreaccount1";

    /// <summary>The account key, published by Microsoft for the storage emulators.</summary>
    public const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>
    /// An explicit connection string for the account on 127.0.0.1 with these ports (not <c>UseDevelopmentStorage=true</c>,
    /// which means the default ports only).
    /// </summary>
    /// <param name="blobPort">The blob service's port.</param>
    /// <param name="queuePort">The queue service's port.</param>
    /// <param name="tablePort">The table service's port.</param>
    /// <returns>The connection string.</returns>
    public static string ConnectionString(int blobPort, int queuePort, int tablePort) => string.Create(
        CultureInfo.InvariantCulture,
        $"DefaultEndpointsProtocol=http;AccountName={Name};AccountKey={Key};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/{Name};" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/{Name};" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/{Name};");
}
