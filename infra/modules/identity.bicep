// The user-assigned managed identity both hosts run as: it reads the storage account, the Key Vault secrets and pulls
// nothing else. One identity for every resource, so a role assignment names one principal.

@description('Name of the identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id, for identity blocks and keyVaultReferenceIdentity.')
output id string = identity.id

@description('Client id, for AzureWebJobsStorage__clientId and AZURE_CLIENT_ID.')
output clientId string = identity.properties.clientId

@description('Principal (object) id, for role assignments.')
output principalId string = identity.properties.principalId

@description('Name of the identity.')
output name string = identity.name
