namespace VicidialLeads.TestServer.Tests.Support;

/// <summary>How a captured request was sent.</summary>
internal enum CaptureMethod
{
    Get,
    Post,
    Multipart,
}
