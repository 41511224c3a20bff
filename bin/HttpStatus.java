// Fallback for bin/nexuszero-dev where neither curl nor wget is installed: prints the HTTP status of a GET
// (000 when nothing answers). Run as a single-file program:  java bin/HttpStatus.java http://127.0.0.1:13101/ready
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class HttpStatus {
    public static void main(String[] args) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(args[0]))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            System.out.println(response.statusCode());
        } catch (Exception e) {
            System.out.println("000");
        }
    }
}
