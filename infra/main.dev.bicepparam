// A development environment: small scale-out, purge protection off so the vault can be deleted and recreated.
//   export GSE_ENDPOINT=https://gse.example.com/ GSE_SECRET_ID=<key id> GSE_SECRET_KEY=<key>
//   az deployment group create -g rg-gsefunctions-dev -f infra/main.bicep -p infra/main.dev.bicepparam
using 'main.bicep'

param environmentName = 'dev'
param maximumInstanceCount = 10
param instanceMemoryMB = 2048
param keyVaultPurgeProtection = false
param gseEndpoint = readEnvironmentVariable('GSE_ENDPOINT')
param gseRegion = 'ap-shanghai'
param gseSecretId = readEnvironmentVariable('GSE_SECRET_ID')
param gseSecretKey = readEnvironmentVariable('GSE_SECRET_KEY')
