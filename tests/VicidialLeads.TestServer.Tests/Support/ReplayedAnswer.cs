using System.Text;

namespace VicidialLeads.TestServer.Tests.Support;

/// <summary>What the test server answered to a replayed capture.</summary>
internal sealed record ReplayedAnswer(int Status, string? ContentType, byte[] Body, string RequestTarget)
{
    public string BodyText => Encoding.UTF8.GetString(Body);
}
