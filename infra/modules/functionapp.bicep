// The Azure Functions app (src/GseFunctions.Functions) on the Flex Consumption plan. The runtime lives in
// functionAppConfig (Flex refuses FUNCTIONS_WORKER_RUNTIME / FUNCTIONS_EXTENSION_VERSION as app settings); storage,
// the deployment package and Key Vault references all go through the user-assigned identity, so no app setting holds
// a key. tests/GseFunctions.Infra.Tests checks these app settings against the settings the code reads.

@description('Function app name (globally unique: <name>.azurewebsites.net).')
param name string

@description('Flex Consumption plan name.')
param planName string

@description('Azure region (one that offers Flex Consumption).')
param location string

@description('Tags for the resources; the app also gets azd-service-name=api so `azd deploy` finds it.')
param tags object = {}

@description('.NET version of the isolated worker; the app targets net10.0.')
param runtimeVersion string

@description('Most instances the plan scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Resource id of the user-assigned identity.')
param identityId string

@description('Client id of the user-assigned identity.')
param identityClientId string

@description('Storage account of AzureWebJobsStorage and the deployment package.')
param storageAccountName string

@description('Blob endpoint of that account.')
param storageBlobEndpoint string

@description('Container of the deployment package.')
param deploymentContainerName string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Versionless Key Vault URI of the Gse--SecretKey secret.')
param gseKeyUri string

@description('GSE-compatible endpoint (Gse__Endpoint).')
param gseEndpoint string

@description('GSE region (Gse__Region).')
param gseRegion string

// SecretId is the vendor's name for the key's id, not the secret: the linter goes by the name.
@description('GSE API key id (Gse__SecretId); the key itself is a Key Vault reference.')
#disable-next-line secure-secrets-in-params
param gseSecretId string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references (Gse__SecretKey) resolve with this identity, not a system-assigned one.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        // Identity-based AzureWebJobsStorage (Functions host, Durable extension, our tables).
        {
          name: 'AzureWebJobsStorage__accountName'
          value: storageAccountName
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identityClientId
        }
        // DefaultAzureCredential (Azure Monitor exporter, storage clients) picks the user-assigned identity.
        {
          name: 'AZURE_CLIENT_ID'
          value: identityClientId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsightsConnectionString
        }
        {
          name: 'Telemetry__Exporter'
          value: 'AzureMonitor'
        }
        {
          name: 'Gse__Endpoint'
          value: gseEndpoint
        }
        {
          name: 'Gse__Region'
          value: gseRegion
        }
        {
          name: 'Gse__SecretId'
          value: gseSecretId
        }
        {
          name: 'Gse__SecretKey'
          value: '@Microsoft.KeyVault(SecretUri=${gseKeyUri})'
        }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: runtimeVersion
      }
    }
  }
}

@description('Function app name (for func azure functionapp publish / az functionapp deployment).')
output name string = app.name

@description('Default host name.')
output hostName string = app.properties.defaultHostName

@description('Base URL of the HTTP API.')
output url string = 'https://${app.properties.defaultHostName}'

@description('Flex Consumption plan name.')
output planName string = plan.name
