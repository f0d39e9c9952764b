// Key Vault in RBAC mode: the GSE secret key (Gse--SecretKey, read by the apps as Gse:SecretKey) and, with the
// self-host module, its master and function keys. The managed identity is Key Vault Secrets User on this vault only.

@description('Key Vault name (3-24 letters, digits and dashes, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags object = {}

@description('Principal id of the managed identity that reads the secrets.')
param principalId string

@description('The GSE API secret key, stored as the secret Gse--SecretKey.')
@secure()
param gseSecretKey string

@description('Also store the self-host keys below (with the self-host module).')
param storeSelfHostKeys bool = false

@description('Self-host only: its master key (Auth--MasterKey), stored when storeSelfHostKeys.')
@secure()
param selfHostMasterKey string = ''

@description('Self-host only: its function key "default" (Auth--FunctionKeys--default), stored when storeSelfHostKeys.')
@secure()
param selfHostFunctionKey string = ''

@description('Purge protection: a deleted vault or secret cannot be purged before its retention ends (cannot be turned off again).')
param enablePurgeProtection bool = true

// Built-in role id of Key Vault Secrets User (read secret values).
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // ARM refuses false here once set; leave the property out rather than send false.
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource gseSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'Gse--SecretKey'
  properties: {
    value: gseSecretKey
    contentType: 'GSE API SecretKey'
  }
}

resource masterKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (storeSelfHostKeys) {
  parent: vault
  name: 'Auth--MasterKey'
  properties: {
    value: selfHostMasterKey
    contentType: 'Self-host master key'
  }
}

resource functionKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (storeSelfHostKeys) {
  parent: vault
  name: 'Auth--FunctionKeys--default'
  properties: {
    value: selfHostFunctionKey
    contentType: 'Self-host function key'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Key Vault name.')
output name string = vault.name

@description('Vault URI, e.g. https://<name>.vault.azure.net/.')
output uri string = vault.properties.vaultUri

// Versionless URIs: a reference follows the newest version of the secret (rotation needs no redeploy).
@description('Versionless URI of Gse--SecretKey.')
output gseKeyUri string = gseSecret.properties.secretUri

@description('Versionless URI of Auth--MasterKey (empty when not stored).')
output masterKeyUri string = !storeSelfHostKeys ? '' : masterKeySecret!.properties.secretUri

@description('Versionless URI of Auth--FunctionKeys--default (empty when not stored).')
output functionKeyUri string = !storeSelfHostKeys ? '' : functionKeySecret!.properties.secretUri
