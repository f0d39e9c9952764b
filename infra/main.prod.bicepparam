// A production environment: zone-redundant storage, purge protection, room to scale out, and the self-host as a
// Container App when SELFHOST_IMAGE names an image (built from the repository's Dockerfile).
//   export GSE_ENDPOINT=https://gse.example.com/ GSE_SECRET_ID=<key id> GSE_SECRET_KEY=<key>
//   export SELFHOST_IMAGE=<registry>/gsefunctions-selfhost:<tag> SELFHOST_REGISTRY=<registry>   # optional
//   export SELFHOST_MASTER_KEY=<32+ characters> SELFHOST_FUNCTION_KEY=<32+ characters>        # with SELFHOST_IMAGE
//   az deployment group create -g rg-gsefunctions-prod -f infra/main.bicep -p infra/main.prod.bicepparam
using 'main.bicep'

param environmentName = 'prod'
param maximumInstanceCount = 100
param instanceMemoryMB = 2048
param storageSkuName = 'Standard_ZRS'
param logRetentionInDays = 90
param keyVaultPurgeProtection = true
param gseEndpoint = readEnvironmentVariable('GSE_ENDPOINT')
param gseRegion = 'ap-shanghai'
param gseSecretId = readEnvironmentVariable('GSE_SECRET_ID')
param gseSecretKey = readEnvironmentVariable('GSE_SECRET_KEY')

param deploySelfHost = !empty(readEnvironmentVariable('SELFHOST_IMAGE', ''))
param selfHostImage = readEnvironmentVariable('SELFHOST_IMAGE', '')
param selfHostRegistryServer = readEnvironmentVariable('SELFHOST_REGISTRY', '')
param selfHostMinReplicas = 2
param selfHostMasterKey = readEnvironmentVariable('SELFHOST_MASTER_KEY', '')
param selfHostFunctionKey = readEnvironmentVariable('SELFHOST_FUNCTION_KEY', '')
