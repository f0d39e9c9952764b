// Parameters for `azd up` / `azd provision`: azd puts its environment's values (AZURE_ENV_NAME, and what
// `azd env set` stored) in the environment this file is compiled in. Set the GSE ones once per environment:
//   azd env set GSE_ENDPOINT https://gse.example.com/   (a GSE-compatible endpoint; the public one is offline)
//   azd env set GSE_REGION ap-shanghai
//   azd env set GSE_SECRET_ID <key id>
//   azd env set GSE_SECRET_KEY <key>                    (goes to Key Vault as Gse--SecretKey, never an app setting)
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'dev')
param gseEndpoint = readEnvironmentVariable('GSE_ENDPOINT')
param gseRegion = readEnvironmentVariable('GSE_REGION', 'ap-shanghai')
param gseSecretId = readEnvironmentVariable('GSE_SECRET_ID')
param gseSecretKey = readEnvironmentVariable('GSE_SECRET_KEY')
