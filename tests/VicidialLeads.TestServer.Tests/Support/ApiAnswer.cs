namespace VicidialLeads.TestServer.Tests.Support;

/// <summary>A status and body as text.</summary>
internal sealed record ApiAnswer(int Status, string Body);
