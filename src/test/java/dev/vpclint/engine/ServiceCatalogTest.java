package dev.vpclint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.vpclint.model.EndpointType;
import dev.vpclint.testing.Project;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped service catalogue: sorted, every entry cited, and the everyday services present (VL412 must not fire on them). */
class ServiceCatalogTest {

    @Test
    void servicesAreSortedAndCiteKnownSources() throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Project.rules().resolve("aws-services.yaml").toFile());
        List<String> names = new ArrayList<>();
        root.path("services").fieldNames().forEachRemaining(names::add);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names, "services are kept sorted by name");
        ServiceCatalog catalog = ServiceCatalog.parse(java.nio.file.Files.readString(Project.rules().resolve("aws-services.yaml")));
        for (ServiceCatalog.Service s : catalog.services().values()) {
            assertFalse(s.endpointTypes().isEmpty(), s.name() + " lists its endpoint types");
            assertFalse(s.sources().isEmpty(), s.name() + " cites a source");
            for (String src : s.sources()) assertTrue(catalog.sources().containsKey(src), s.name() + " cites unknown source " + src);
        }
    }

    @Test
    void everydayInterfaceEndpointServicesAreKnown() {
        ServiceCatalog catalog = ServiceCatalog.shipped();
        for (String name : List.of("monitoring", "logs", "cloudformation", "codebuild", "codecommit", "git-codecommit",
                "elasticfilesystem", "servicecatalog", "xray", "ebs", "elasticmapreduce", "redshift", "transfer",
                "rekognition", "textract", "comprehend", "sagemaker.api", "sagemaker.runtime", "ssm-contacts",
                "airflow.api", "route53", "eks", "ssm", "ssmmessages", "ec2messages", "sts", "ecr.api", "ecr.dkr")) {
            ServiceCatalog.Service s = catalog.get(name);
            assertNotNull(s, name);
            assertTrue(s.endpointTypes().contains(EndpointType.INTERFACE), name + " offers interface endpoints");
        }
    }

    @Test
    void crossRegionIsTrueExactlyForAwsCrossRegionList() {
        Set<String> listed = Set.of("s3", "iam", "ecr.api", "ecr.dkr", "kms", "kms-fips", "ecs", "lambda",
                "kinesis-firehose", "kinesisanalytics", "kinesisanalytics-fips", "route53");
        for (ServiceCatalog.Service s : ServiceCatalog.shipped().services().values()) {
            if (listed.contains(s.name())) assertEquals(Boolean.TRUE, s.crossRegion(), s.name());
            else assertTrue(s.crossRegion() == null || !s.crossRegion(), s.name() + " is not on the cross-Region list");
        }
    }
}
