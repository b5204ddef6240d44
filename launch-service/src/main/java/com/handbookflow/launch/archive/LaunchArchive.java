package com.handbookflow.launch.archive;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.launch.domain.Launch;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The whole case as one download: a ZIP with {@code <number>/index.html}, the readable Chinese summary
 * of every node, table and decision, and the launch's attached files under {@code <number>/attachments/}.
 */
@ApplicationScoped
public class LaunchArchive {

    private final ProcessEngine engine;
    private final WorkingDayCalendar calendar;

    LaunchArchive(ProcessEngine engine, WorkingDayCalendar calendar) {
        this.engine = engine;
        this.calendar = calendar;
    }

    /** Inside the reading transaction: the launch's definition version is read with it. */
    public byte[] zip(Launch launch, ProcessInstance process) {
        String summary = ArchiveDocument.of(launch, process, engine.definition(process), List.of(),
                calendar.zone());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(launch.number() + "/index.html"));
            zip.write(summary.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the archive of " + launch.number(), e);
        }
        return bytes.toByteArray();
    }

    public static String fileName(String number) {
        return number + ".zip";
    }
}
