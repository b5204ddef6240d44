package com.handbookflow.launch.archive;

import com.handbookflow.core.attachment.Attachment;
import com.handbookflow.core.attachment.Attachments;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.paging.PageRequest;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.launch.domain.Launch;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private final Attachments attachments;

    LaunchArchive(ProcessEngine engine, WorkingDayCalendar calendar, Attachments attachments) {
        this.engine = engine;
        this.attachments = attachments;
        this.calendar = calendar;
    }

    /** Inside the reading transaction: the launch's definition version is read with it. */
    public byte[] zip(Launch launch, ProcessInstance process) {
        List<Attachment> files = files(launch.number());
        List<String> names = entryNames(launch.number(), files);
        String summary = ArchiveDocument.of(launch, process, engine.definition(process), engine.workItems(process),
                names.stream().map(n -> n.substring(launch.number().length() + 1)).toList(), calendar.zone());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(launch.number() + "/index.html"));
            zip.write(summary.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (int i = 0; i < files.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                attachments.open(Launch.attachmentOwner(launch.number()), files.get(i).id()).orElseThrow()
                        .writeTo(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the archive of " + launch.number(), e);
        }
        return bytes.toByteArray();
    }

    private List<Attachment> files(String number) {
        List<Attachment> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageView<Attachment> one = attachments.list(Launch.attachmentOwner(number),
                    new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(one.items());
            if (page + 1 >= one.totalPages()) {
                return all;
            }
        }
    }

    /** {@code <number>/attachments/<slot>/<file name>}, a name used twice numbered so no file hides another. */
    private static List<String> entryNames(String number, List<Attachment> files) {
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Attachment file : files) {
            String base = number + "/attachments/" + (file.slot() == null ? "" : file.slot() + "/");
            String name = base + file.fileName();
            for (int n = 2; !used.add(name); n++) {
                name = base + n + "-" + file.fileName();
            }
            names.add(name);
        }
        return names;
    }

    public static String fileName(String number) {
        return number + ".zip";
    }
}
