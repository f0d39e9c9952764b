// GseFunctions in Azure: one resource group holding the Functions app on Flex Consumption, its storage account
// (identity-only), Key Vault with the GSE secret key, Log Analytics + Application Insights, the user-assigned identity
// they share and, optionally, the self-host as a Container App. Deploy with `azd up` (azure.yaml at the repository
// root) or `az deployment group create -g <group> -f infra/main.bicep -p infra/main.prod.bicepparam`.
targetScope = 'resourceGroup'

@description('Short name of the environment (dev, prod, …: letters, digits, dashes): part of every resource name.')
@minLength(1)
@maxLength(16)
param environmentName string

@description('Azure region of every resource (one that offers Flex Consumption).')
param location string = resourceGroup().location

@description('.NET version of the Functions isolated worker (functionAppConfig.runtime.version); the app targets net10.0.')
param runtimeVersion string = '10.0'

@description('Most instances the Flex Consumption plan scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory per Functions instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Redundancy of the storage account.')
param storageSkuName string = 'Standard_LRS'

@description('Days Log Analytics keeps data.')
param logRetentionInDays int = 30

@description('Key Vault purge protection (recommended in production; cannot be turned off once on).')
param keyVaultPurgeProtection bool = true

@description('GSE-compatible endpoint (Gse:Endpoint). Required: Tencent has taken the public GSE endpoint offline.')
@minLength(1)
param gseEndpoint string

@description('GSE region (Gse:Region).')
param gseRegion string = 'ap-shanghai'

// SecretId is the vendor's name for the key's id (like an access key id), not the secret: the linter goes by the name.
@description('GSE API key id (Gse:SecretId).')
@minLength(1)
#disable-next-line secure-secrets-in-params
param gseSecretId string

@description('GSE API secret key; stored in Key Vault as Gse--SecretKey, never in an app setting.')
@secure()
@minLength(1)
param gseSecretKey string

@description('Also deploy the self-host as an Azure Container App.')
param deploySelfHost bool = false

@description('Self-host: container image (built from the repository Dockerfile). Required with deploySelfHost.')
param selfHostImage string = ''

@description('Self-host: registry to pull the image from with the identity (AcrPull); empty for a public image.')
param selfHostRegistryServer string = ''

@description('Self-host: replicas kept running (at least 1).')
@minValue(1)
param selfHostMinReplicas int = 1

@description('Self-host: most replicas.')
@minValue(1)
param selfHostMaxReplicas int = 3

@description('Self-host: master key (at least 32 characters), stored in Key Vault as Auth--MasterKey. Required with deploySelfHost.')
@secure()
param selfHostMasterKey string = ''

@description('Self-host: function key "default" (at least 32 characters), stored in Key Vault as Auth--FunctionKeys--default. Required with deploySelfHost.')
@secure()
param selfHostFunctionKey string = ''

@description('Tags for every resource.')
param tags object = {}

var allTags = union(tags, { 'azd-env-name': environmentName })
// Container App names take lowercase letters, digits and dashes only.
var env = toLower(environmentName)
// Globally unique names stay stable for one resource group and environment.
var token = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var deploymentContainerName = 'app-package-${token}'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-gsefunctions-${env}'
    location: location
    tags: allTags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take('stgse${token}', 24)
    location: location
    tags: allTags
    skuName: storageSkuName
    deploymentContainerName: deploymentContainerName
    principalId: identity.outputs.principalId
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: take('kv-gse-${token}', 24)
    location: location
    tags: allTags
    principalId: identity.outputs.principalId
    gseSecretKey: gseSecretKey
    storeSelfHostKeys: deploySelfHost
    selfHostMasterKey: selfHostMasterKey
    selfHostFunctionKey: selfHostFunctionKey
    enablePurgeProtection: keyVaultPurgeProtection
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-gsefunctions-${env}'
    appInsightsName: 'appi-gsefunctions-${env}'
    location: location
    tags: allTags
    retentionInDays: logRetentionInDays
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: 'func-gsefunctions-${env}-${token}'
    planName: 'plan-gsefunctions-${env}'
    location: location
    tags: allTags
    runtimeVersion: runtimeVersion
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    appInsightsConnectionString: monitoring.outputs.connectionString
    gseKeyUri: vault.outputs.gseKeyUri
    gseEndpoint: gseEndpoint
    gseRegion: gseRegion
    gseSecretId: gseSecretId
  }
}

module selfHost 'modules/containerapp.bicep' = if (deploySelfHost) {
  name: 'selfhost'
  params: {
    name: take('ca-gsefunctions-${env}', 32)
    environmentName: 'cae-gsefunctions-${env}'
    location: location
    tags: allTags
    image: selfHostImage
    registryServer: selfHostRegistryServer
    minReplicas: selfHostMinReplicas
    maxReplicas: selfHostMaxReplicas
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    workspaceName: monitoring.outputs.workspaceName
    storageAccountName: storage.outputs.name
    appInsightsConnectionString: monitoring.outputs.connectionString
    gseKeyUri: vault.outputs.gseKeyUri
    masterKeyUri: vault.outputs.masterKeyUri
    functionKeyUri: vault.outputs.functionKeyUri
    gseEndpoint: gseEndpoint
    gseRegion: gseRegion
    gseSecretId: gseSecretId
  }
}

@description('Base URL of the Functions app HTTP API.')
output functionAppUrl string = functionApp.outputs.url

@description('Function app name (func azure functionapp publish <name>).')
output functionAppName string = functionApp.outputs.name

@description('Resource group everything is in.')
output resourceGroupName string = resourceGroup().name

@description('Storage account (AzureWebJobsStorage, deployment package).')
output storageAccountName string = storage.outputs.name

@description('Blob container the Flex Consumption app deploys its package from.')
output deploymentContainerName string = storage.outputs.deploymentContainerName

@description('Key Vault holding Gse--SecretKey (rotate the GSE key here).')
output keyVaultName string = vault.outputs.name

@description('Client id of the user-assigned identity the apps run as.')
output identityClientId string = identity.outputs.clientId

@description('Name of the user-assigned identity.')
output identityName string = identity.outputs.name

@description('Application Insights resource.')
output appInsightsName string = monitoring.outputs.appInsightsName

@description('Base URL of the self-host Container App (empty when not deployed).')
output selfHostUrl string = deploySelfHost ? selfHost!.outputs.url : ''

@description('Self-host Container App name (empty when not deployed).')
output selfHostName string = deploySelfHost ? selfHost!.outputs.name : ''
