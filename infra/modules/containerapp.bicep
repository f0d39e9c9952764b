// Optional: the self-host (src/GseFunctions.SelfHost, the Dockerfile's image) as an Azure Container App, for teams
// that prefer containers. Same identity, storage and GSE settings as the Functions app; its keys (Auth:*) and the GSE
// secret key are Container Apps secrets that point at Key Vault, never values in the template.

@description('Container App name.')
param name string

@description('Container Apps environment name.')
param environmentName string

@description('Azure region.')
param location string

@description('Tags for the resources.')
param tags object = {}

@description('Container image of the self-host, e.g. myregistry.azurecr.io/gsefunctions-selfhost:1.0.0.')
param image string

@description('Registry server to pull the image from with the managed identity (it needs AcrPull); empty for a public image.')
param registryServer string = ''

@description('Replicas kept running (at least 1: the rollout worker must poll its task hub).')
@minValue(1)
@maxValue(30)
param minReplicas int = 1

@description('Most replicas.')
@minValue(1)
@maxValue(300)
param maxReplicas int = 3

@description('Resource id of the user-assigned identity.')
param identityId string

@description('Client id of the user-assigned identity.')
param identityClientId string

@description('Log Analytics workspace name (container logs).')
param workspaceName string

@description('Storage account of AzureWebJobsStorage.')
param storageAccountName string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Versionless Key Vault URI of Gse--SecretKey.')
param gseKeyUri string

@description('Versionless Key Vault URI of Auth--MasterKey.')
param masterKeyUri string

@description('Versionless Key Vault URI of Auth--FunctionKeys--default.')
param functionKeyUri string

@description('GSE-compatible endpoint (Gse__Endpoint).')
param gseEndpoint string

@description('GSE region (Gse__Region).')
param gseRegion string

// SecretId is the vendor's name for the key's id, not the secret: the linter goes by the name.
@description('GSE API key id (Gse__SecretId).')
#disable-next-line secure-secrets-in-params
param gseSecretId string

// The port the image listens on (ASPNETCORE_HTTP_PORTS), the ingress target and the probes' port.
var port = 8080

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: workspaceName
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: environmentName
  location: location
  tags: tags
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspace.properties.customerId
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
  }
}

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      registries: empty(registryServer)
        ? []
        : [
            {
              server: registryServer
              identity: identityId
            }
          ]
      // Secrets are fetched from Key Vault with the identity; a new secret version is picked up on the next revision
      // or restart.
      secrets: [
        {
          name: 'gse-secret-key'
          keyVaultUrl: gseKeyUri
          identity: identityId
        }
        {
          name: 'auth-master-key'
          keyVaultUrl: masterKeyUri
          identity: identityId
        }
        {
          name: 'auth-function-key-default'
          keyVaultUrl: functionKeyUri
          identity: identityId
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'selfhost'
          image: image
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          env: [
            {
              name: 'ASPNETCORE_HTTP_PORTS'
              value: string(port)
            }
            {
              name: 'Host__PublicBaseUrl'
              value: 'https://${name}.${environment.properties.defaultDomain}'
            }
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
              secretRef: 'gse-secret-key'
            }
            {
              name: 'Auth__MasterKey'
              secretRef: 'auth-master-key'
            }
            {
              name: 'Auth__FunctionKeys__default'
              secretRef: 'auth-function-key-default'
            }
          ]
          probes: [
            {
              type: 'Liveness'
              httpGet: {
                path: '/api/health/live'
                port: port
              }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/api/health/ready'
                port: port
              }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Startup'
              httpGet: {
                path: '/api/health/live'
                port: port
              }
              periodSeconds: 2
              failureThreshold: 30
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
      }
    }
  }
}

@description('Container App name.')
output name string = app.name

@description('Base URL of the self-host.')
output url string = 'https://${app.properties.configuration.ingress.fqdn}'
