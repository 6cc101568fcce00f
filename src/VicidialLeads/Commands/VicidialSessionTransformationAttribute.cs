using System;
using System.Management.Automation;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Turns a session that was serialized to another process (Start-Job, Invoke-Command, Import-Clixml) into a clear
    /// error: such a copy holds neither the connection nor the password, so it cannot be used. Live sessions pass.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class VicidialSessionTransformationAttribute : ArgumentTransformationAttribute
    {
        internal const string DeserializedTypeName = "Deserialized.VicidialLeads.VicidialSession";

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            if (inputData is PSObject wrapped && !(wrapped.BaseObject is VicidialSession) && wrapped.TypeNames.Contains(DeserializedTypeName))
            {
                string where = wrapped.Properties["Server"]?.Value is object server ? $" (for {wrapped.Properties["User"]?.Value} at {server})" : string.Empty;
                throw new ArgumentTransformationMetadataException(
                    $"This VICIdial session{where} is a copy that came from another process, such as a Start-Job job or a remote session: " +
                    "a session holds a live connection and the password, which never leave the process that connected. " +
                    "Run Connect-VicidialApi inside the job, or use Start-ThreadJob or ForEach-Object -Parallel, which share the session itself ($using:session).");
            }
            return inputData;
        }
    }
}
