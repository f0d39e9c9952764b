// Log Analytics and a workspace-based Application Insights resource: where the apps' OpenTelemetry export
// (Telemetry__Exporter=AzureMonitor) and the Functions host's own telemetry go.

@description('Log Analytics workspace name.')
param workspaceName string

@description('Application Insights name.')
param appInsightsName string

@description('Azure region.')
param location string

@description('Tags for the resources.')
param tags object = {}

@description('Days Log Analytics keeps data (30 is included in the price).')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

@description('Application Insights connection string, for APPLICATIONINSIGHTS_CONNECTION_STRING (an address, not a secret).')
output connectionString string = appInsights.properties.ConnectionString

@description('Application Insights name.')
output appInsightsName string = appInsights.name

@description('Log Analytics workspace name.')
output workspaceName string = workspace.name

@description('Log Analytics workspace resource id.')
output workspaceId string = workspace.id
